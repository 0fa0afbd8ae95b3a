import { DomainError } from './errors';

/**
 * Relay cursor helpers. A cursor is the base64url (unpadded) encoding of a JSON array holding the
 * sort-key values of the row it points at, e.g. `[createdAt, id]`. Cursors are opaque to clients.
 */
export type CursorValue = string | number;

/** Longest cursor accepted, in characters; guards the decoder against oversized input. */
export const MAX_CURSOR_LENGTH = 2048;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    buffer = (buffer << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  // Leftover bits must be zero, so every cursor has exactly one spelling.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return Uint8Array.from(bytes);
}

const isCursorValue = (v: unknown): v is CursorValue => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** Encodes sort-key values as an opaque cursor. Throws a RangeError for non-finite numbers or an oversized result. */
export function encodeCursor(values: CursorValue[]): string {
  if (!values.every(isCursorValue)) throw new RangeError('Cursor values must be strings or finite numbers');
  const cursor = toBase64Url(new TextEncoder().encode(JSON.stringify(values)));
  if (cursor.length > MAX_CURSOR_LENGTH) throw new RangeError(`Cursor longer than ${MAX_CURSOR_LENGTH} characters`);
  return cursor;
}

/** The values inside a cursor, or null when it is not one this module made. */
export function decodeCursor(cursor: string): CursorValue[] | null {
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH) return null;
  const bytes = fromBase64Url(cursor);
  if (bytes === null) return null;
  try {
    const values: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return Array.isArray(values) && values.every(isCursorValue) ? values : null;
  } catch {
    return null;
  }
}

export interface PageSizeLimits {
  /** Used when the client gives no `first`. */
  default: number;
  /** Largest `first` a client may ask for. */
  max: number;
}

/**
 * The page size for a `first` argument: the default when absent (undefined or null), else `first`
 * itself. Throws PAGE_SIZE_TOO_LARGE above the maximum and VALIDATION_FAILED below 1 or when not a
 * whole number, both on field `first`.
 */
export function clampPageSize(first: number | null | undefined, limits: PageSizeLimits): number {
  if (first === undefined || first === null) return limits.default;
  if (!Number.isInteger(first) || first < 1) {
    throw new DomainError('VALIDATION_FAILED', '每页条数（first）应为不小于1的整数', 'first');
  }
  if (first > limits.max) {
    throw new DomainError('PAGE_SIZE_TOO_LARGE', `每页条数（first）不能超过${limits.max}`, 'first');
  }
  return first;
}
