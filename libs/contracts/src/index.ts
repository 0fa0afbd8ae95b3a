export * from './enums';
export * from './error-codes';
export * from './error-messages';
export * from './realtime';
export * from './live-rooms';
export * from './audit';
export * from './input-limits';
export * from './job-fairs';
