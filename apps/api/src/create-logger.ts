import pino, { Logger, LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from './config/app-config';

const REDACT = ['*.password', '*.passwordHash', '*.idNumber'];

/** Nest's start-up chatter (one line per module, route and socket handler): debug, not info. */
const NEST_CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController', 'GraphQLModule']);

const options = (level: string): LoggerOptions => ({
  level,
  redact: REDACT,
  hooks: {
    logMethod(args, method, levelValue) {
      const first = args[0] as { context?: unknown } | undefined;
      if (levelValue === 30 && first && typeof first === 'object' && NEST_CHATTER.has(String(first.context))) {
        if (!this.isLevelEnabled('debug')) return;
        return this.debug(...(args as [object, string]));
      }
      return method.apply(this, args);
    },
  },
});

/**
 * The process logger. Development (`npm start`, `npm run dev`): one readable line per event through pino-pretty,
 * colored on a terminal, plain when piped. Production and tests: JSON lines, one object per event, for log shippers.
 */
export function createLogger(config: Pick<AppConfig, 'env' | 'logLevel'>, destination?: NodeJS.WritableStream): Logger {
  if (config.env !== 'development') return destination ? pino(options(config.logLevel), destination) : pino(options(config.logLevel));
  const stream = pretty({
    destination,
    colorize: !destination && Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,res,ms',
    singleLine: true,
    // Synchronous, so the last lines before a crash or process.exit are not lost.
    sync: true,
  });
  return pino(options(config.logLevel), stream);
}
