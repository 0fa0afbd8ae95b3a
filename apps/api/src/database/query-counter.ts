import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';
import { isBackground } from '../common/database/background';

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
    if (level === 'query' && !isBackground()) this.count += 1;
  }
  override logQuery(): void {
    if (!isBackground()) this.count += 1;
  }
}
