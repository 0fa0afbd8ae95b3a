export * from './app-errors';
export * from './describe-error';
export * from './form-fields';
export * from './use-graphql-error-handler';
