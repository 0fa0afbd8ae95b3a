import { AsyncLocalStorage } from 'node:async_hooks';

const store = new AsyncLocalStorage<true>();

/**
 * Runs background work (a sweeper on a timer) so that its SQL statements are not counted as a request's
 * (QueryCounter counts the statements requests cost).
 */
export const inBackground = <T>(work: () => Promise<T>): Promise<T> => store.run(true, work);

export const isBackground = (): boolean => store.getStore() === true;
