import type { Request } from 'express';
import type { AuthUser } from './auth-user';
import type { Loaders } from '../loaders/loaders';

/** Per-request GraphQL context: the caller and a fresh set of DataLoaders. */
export interface GqlContext {
  req: Request;
  user?: AuthUser;
  loaders: Loaders;
}
