import type { AuthUser } from '../../common/auth/auth-user';
import type { CurrentUsers } from '../users/current-users';

interface Watched {
  token: string;
  user: AuthUser;
  changed: () => void;
}

/**
 * Long-lived connections (socket.io) resolve their user once, at the handshake. This tells them when that user is no
 * longer the user they resolved: whenever CurrentUsers evicts a user (a change notified by PostgreSQL, from any
 * process or from SQL), each socket of that user resolves its token again, and if the answer differs (signed out
 * everywhere, suspended, deleted, another role or region) its `changed` runs, which closes it. After the change
 * listener reconnects, when changes may have gone unheard, every watched socket is checked.
 */
export class SessionWatch {
  private readonly byUser = new Map<string, Set<Watched>>();

  constructor(
    private readonly users: CurrentUsers,
    private readonly resolve: (token: string) => Promise<AuthUser | undefined>,
  ) {
    users.events.setMaxListeners(0);
    users.events.on('evicted', (id: string) => void this.recheck(id));
    users.events.on('listening', (up: boolean) => up && void this.recheck('*'));
  }

  /** Watches one connection; returns the function that stops watching it (call it on disconnect). */
  watch(token: string, user: AuthUser, changed: () => void): () => void {
    const entry: Watched = { token, user, changed };
    let set = this.byUser.get(user.id);
    if (!set) this.byUser.set(user.id, (set = new Set()));
    set.add(entry);
    return () => this.forget(entry);
  }

  /** How many connections are watched (for tests and health). */
  get size(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  private forget(entry: Watched): void {
    const set = this.byUser.get(entry.user.id);
    set?.delete(entry);
    if (set && !set.size) this.byUser.delete(entry.user.id);
  }

  private async recheck(id: string): Promise<void> {
    const entries = id === '*' ? [...this.byUser.values()].flatMap((s) => [...s]) : [...(this.byUser.get(id) ?? [])];
    for (const entry of entries) {
      const now = await this.resolve(entry.token).catch(() => entry.user); // a failed read closes nothing
      if (now && now.role === entry.user.role && now.regionCode === entry.user.regionCode && now.displayName === entry.user.displayName)
        continue;
      this.forget(entry);
      entry.changed();
    }
  }
}
