import { maskIdNumber } from '@jobbridge/domain';

/**
 * Personal data never enters the audit log in clear. Fields named like a phone, email or identity number are masked;
 * secrets (passwords, hashes, tokens, encrypted values) are left out; free text has phone and identity numbers masked
 * wherever they appear (a removed chat message, a reason). Long text is cut to keep entries small.
 */
const SECRET_KEY = /(password|passwordHash|hash|token|secret|encrypted)$/i;
const PHONE_KEY = /(phone|mobile|tel)$/i;
const EMAIL_KEY = /email$/i;
const ID_KEY = /idNumber$/i;
const MAX_TEXT = 500;
const MAX_DEPTH = 6;
const MAX_ITEMS = 200;

export const maskPhone = (s: string) => (s.length >= 7 ? `${s.slice(0, 3)}****${s.slice(-4)}` : '****');
export const maskEmail = (s: string) => {
  const at = s.lastIndexOf('@');
  return at > 0 ? `${s[0]}***${s.slice(at)}` : '***';
};

// An 18- or 15-character identity number, or a mainland mobile number, not inside a longer run of digits.
const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const PHONE_IN_TEXT = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d[- ]?\d{4}[- ]?\d{4})(?!\d)/g;

/** Masks identity and phone numbers inside free text. */
export function scrubText(text: string): string {
  const cut = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return cut
    .replace(ID_IN_TEXT, (m) => maskIdNumber(m))
    .replace(PHONE_IN_TEXT, (_m, phone: string) => maskPhone(phone.replace(/[- ]/g, '')));
}

/** A copy of `value` safe for the audit log (see above). */
export function scrubPii(value: unknown, key = '', depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') {
    if (ID_KEY.test(key)) return maskIdNumber(value);
    if (PHONE_KEY.test(key)) return maskPhone(value);
    if (EMAIL_KEY.test(key)) return maskEmail(value);
    return scrubText(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((v) => scrubPii(v, key, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_KEY.test(k) || v === undefined) continue;
      out[k] = scrubPii(v, k, depth + 1);
    }
    return out;
  }
  return null;
}
