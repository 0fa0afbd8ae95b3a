import pino, { Logger } from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from './config/app-config';

const REDACT = ['*.password', '*.passwordHash', '*.idNumber'];

/**
 * The process logger. Development (`npm start`, `npm run dev`): one readable line per event through pino-pretty,
 * colored on a terminal, plain when piped. Production and tests: JSON lines, one object per event, for log shippers.
 */
export function createLogger(config: Pick<AppConfig, 'env' | 'logLevel'>): Logger {
  if (config.env !== 'development') return pino({ level: config.logLevel, redact: REDACT });
  const stream = pretty({
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,res,ms',
    singleLine: true,
    // Synchronous, so the last lines before a crash or process.exit are not lost.
    sync: true,
  });
  return pino({ level: config.logLevel, redact: REDACT }, stream);
}
