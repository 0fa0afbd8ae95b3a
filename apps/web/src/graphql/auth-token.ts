/** The bearer token lives in localStorage so a reload keeps the session; listeners hear when it is cleared. */
const STORAGE_KEY = 'jobbridge.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode): behave as signed out
  }
}

export const authToken = {
  get: readStorage,
  set(token: string | null): void {
    try {
      if (token) window.localStorage.setItem(STORAGE_KEY, token);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // ignore: the session then lasts only for this page
    }
    listeners.forEach((listener) => listener(token));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
