/**
 * A start failure a bureau's IT person can act on: what went wrong and how to fix it, each in Chinese then English.
 * main.ts prints these as they are; every other error is explained by `explainStartupFailure` there.
 */
export class StartupError extends Error {
  constructor(
    /** What went wrong (Chinese, then English). */
    readonly problem: string,
    /** How to fix it (Chinese, then English). */
    readonly fix: string,
    readonly cause?: unknown,
  ) {
    super(`${problem}\n${fix}`);
    this.name = 'StartupError';
  }
}
