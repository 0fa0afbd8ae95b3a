import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Protects personal identifiers (身份证号): AES-256-GCM for the stored value and an HMAC-SHA256 "blind index" so a
 * duplicate can be found without decrypting. The HMAC key is derived from the same secret with a distinct label.
 */
export class PiiCipher {
  private readonly hmacKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('PII key must be 32 bytes');
    this.hmacKey = createHmac('sha256', key).update('jobbridge:pii:blind-index').digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
  }

  decrypt(encoded: string): string {
    const buf = Buffer.from(encoded, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, buf.subarray(0, 12));
    decipher.setAuthTag(buf.subarray(12, 28));
    return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
  }

  blindIndex(plain: string): string {
    return createHmac('sha256', this.hmacKey).update(plain).digest('hex');
  }
}
