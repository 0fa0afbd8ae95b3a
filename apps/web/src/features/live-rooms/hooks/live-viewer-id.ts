import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';

const STORAGE_KEY = 'jobbridge.liveViewerId';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
let fallback: string | null = null;

/**
 * The anonymous viewer's id for `/live` (a random UUID kept in localStorage): after a reconnect or a reload the API
 * recognises the same viewer, so presence and unique-viewer counts stay true. Signed-in viewers are known by their
 * user; the id is sent anyway and ignored.
 */
export function liveViewerId(): string {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && UUID.test(stored)) return stored;
    const created = newIdempotencyKey();
    window.localStorage.setItem(STORAGE_KEY, created);
    return created;
  } catch {
    // Storage blocked (private mode): one id for the life of the page.
    fallback ??= newIdempotencyKey();
    return fallback;
  }
}
