export * from './enums';
export * from './error-codes';
export * from './realtime';
export * from './live-rooms';
