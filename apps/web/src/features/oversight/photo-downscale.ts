/**
 * Report photos (issue 13): the API takes up to 3 JPEG, PNG or WebP data URLs of at most 190,000 characters each (its cap on
 * any one text is 200,000) in JSON bodies up to 1.5 MB, so three photos and the text fit one request. A phone photo is several MB: the
 * browser redraws it smaller on a canvas and re-encodes it as JPEG, lowering the quality and then the size until it
 * fits (about 130 kB of JPEG: enough to read a notice or a receipt).
 */

/** The longest data URL the reports service accepts for one photo (`MAX_PHOTO_CHARS`). */
export const MAX_PHOTO_DATA_URL_CHARS = 190_000;
/** The request body the API parses (`useBodyParser('json', { limit: '1.5mb' })` in app.factory), in bytes. */
export const API_BODY_LIMIT_BYTES = 1.5 * 1024 * 1024;
export const MAX_REPORT_PHOTOS = 3;
/** Each photo's share of the body, leaving room for the text (1,000 characters, up to 3 bytes each) and the document. */
export const PHOTO_TARGET_CHARS = Math.min(180_000, Math.floor((API_BODY_LIMIT_BYTES - 8_000) / MAX_REPORT_PHOTOS));
/** The longest side a photo is first drawn at: enough to read a notice or a receipt at this budget. */
export const PHOTO_MAX_SIDE = 1024;

const ACCEPTED = /^data:image\/(jpeg|png|webp);base64,/;
const QUALITIES = [0.85, 0.72, 0.6, 0.48] as const;
const SHRINK = 0.7;
const MIN_SIDE = 240;

/** The size to draw an image at so its longest side is at most `maxSide`, keeping its proportions (never enlarged). */
export function scaledSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whether a data URL is one the API accepts as it is: an accepted type, short enough. */
export function isAcceptablePhoto(dataUrl: string, maxChars = PHOTO_TARGET_CHARS): boolean {
  return ACCEPTED.test(dataUrl) && dataUrl.length <= maxChars;
}

/** The sizes and qualities to try, largest first, until one encodes short enough. */
export function encodingAttempts(
  width: number,
  height: number,
  maxSide = PHOTO_MAX_SIDE,
): { width: number; height: number; quality: number }[] {
  const attempts: { width: number; height: number; quality: number }[] = [];
  let side = maxSide;
  for (let round = 0; round < 6; round++) {
    const size = scaledSize(width, height, side);
    for (const quality of QUALITIES) attempts.push({ ...size, quality });
    if (Math.max(size.width, size.height) <= MIN_SIDE) break;
    side = Math.round(Math.max(size.width, size.height) * SHRINK);
  }
  return attempts;
}

export class PhotoError extends Error {
  constructor(readonly reason: 'unreadable' | 'tooLarge') {
    super(reason);
    this.name = 'PhotoError';
  }
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new PhotoError('unreadable'));
    reader.readAsDataURL(file);
  });
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new PhotoError('unreadable'));
    image.src = src;
  });
}

/**
 * A photo file as a data URL the API accepts: as it is when it already fits, else redrawn smaller as JPEG. Throws a
 * PhotoError when the file is not an image the browser can read, or cannot be brought under the limit.
 */
export async function photoToDataUrl(file: Blob): Promise<string> {
  const original = await readAsDataUrl(file);
  if (isAcceptablePhoto(original)) return original;
  const image = await loadImage(original);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context || !image.naturalWidth || !image.naturalHeight) throw new PhotoError('unreadable');
  for (const attempt of encodingAttempts(image.naturalWidth, image.naturalHeight)) {
    if (canvas.width !== attempt.width || canvas.height !== attempt.height) {
      canvas.width = attempt.width;
      canvas.height = attempt.height;
      // JPEG has no transparency: a white page under a PNG's transparent parts instead of black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, attempt.width, attempt.height);
      context.drawImage(image, 0, 0, attempt.width, attempt.height);
    }
    const encoded = canvas.toDataURL('image/jpeg', attempt.quality);
    if (isAcceptablePhoto(encoded)) return encoded;
  }
  throw new PhotoError('tooLarge');
}
