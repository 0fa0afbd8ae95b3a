export * from './enums';
export * from './error-codes';
