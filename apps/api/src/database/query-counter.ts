import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * Counts SQL statements. Used by tests to prove that list queries cost a constant number of statements (no N+1),
 * and cheap enough to leave on in production.
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;
  constructor() {
    super(['query']);
  }
  get total(): number {
    return this.count;
  }
  protected writeLog(level: LogLevel, _message: LogMessage | LogMessage[]): void {
    if (level === 'query') this.count += 1;
  }
  override logQuery(): void {
    this.count += 1;
  }
}
