import { Role, UserStatus } from '@jobbridge/contracts';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { UserChangeListener } from './user-change-listener';

/** What a request needs to know about its user, as it is now in the database. */
export interface CurrentUser {
  id: string;
  role: Role;
  displayName: string;
  regionCode: string | null;
  status: UserStatus;
  tokenVersion: number;
}

interface Entry {
  value: Promise<CurrentUser | null>;
  expiresAt: number;
}

/** A safety net only: changes are evicted as they are notified; this bounds how long a lost notification could matter. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

/**
 * Users by id, as they are now: the per-process cache every request and socket handshake resolves its token through.
 * Entries are evicted when PostgreSQL notifies a change to the user row (trigger + LISTEN, so changes made by another
 * process or directly in SQL count too). While the listener is not connected nothing is cached: every lookup reads
 * the database, so a lost connection can make requests slower but never lets a stale role act.
 */

/** `listening`: the change feed is up (true) or lost (false); `evicted`: a user's cached row was dropped ('*': all). */
export type CurrentUsersEvents = { listening: [up: boolean]; evicted: [userId: string] };

@Injectable()
export class CurrentUsers implements OnModuleInit, OnModuleDestroy {
  /** `evicted` (id or `*`), `listening` (boolean). Tests wait on these instead of sleeping. */
  readonly events = new TypedEmitter<CurrentUsersEvents>();
  private readonly logger = new Logger(CurrentUsers.name);
  private readonly entries = new Map<string, Entry>();
  private listening = false;
  readonly listener: UserChangeListener;

  constructor(private readonly ds: DataSource) {
    const url = (ds.options as PostgresDataSourceOptions).url;
    this.listener = new UserChangeListener(url ?? '', {
      changed: (id) => this.evict(id),
      up: () => {
        // Whatever changed while nobody listened is unknown: start from an empty cache.
        this.entries.clear();
        this.listening = true;
        this.events.emit('listening', true);
      },
      down: (error) => {
        this.listening = false;
        this.entries.clear();
        this.logger.warn(
          `user change listener lost its connection (${error?.message ?? 'closed'}); reading users uncached until it is back`,
        );
        this.events.emit('listening', false);
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
    this.entries.clear();
  }

  get isListening(): boolean {
    return this.listening;
  }

  /** The user as it is now, or null when there is no such user (deleted). */
  get(id: string): Promise<CurrentUser | null> {
    if (!this.listening) return this.load(id);
    const now = Date.now();
    const hit = this.entries.get(id);
    if (hit && hit.expiresAt > now) return hit.value;
    const entry: Entry = { value: this.load(id), expiresAt: now + TTL_MS };
    this.entries.delete(id);
    this.entries.set(id, entry);
    // Failed reads are not remembered.
    entry.value.catch(() => {
      if (this.entries.get(id) === entry) this.entries.delete(id);
    });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return entry.value;
  }

  /**
   * Forgets a user (or everyone, `*`). Called on notification, and by this process right after it changes a user so
   * its own next request does not wait for the notification to come round. A read still in flight when the change
   * lands is dropped with its entry, so it is never cached.
   */
  evict(id: string): void {
    if (id === '*') this.entries.clear();
    else this.entries.delete(id);
    this.events.emit('evicted', id);
  }

  private async load(id: string): Promise<CurrentUser | null> {
    const rows: Array<{
      id: string;
      role: Role;
      display_name: string;
      region_code: string | null;
      status: UserStatus;
      token_version: number;
    }> = await this.ds.query(`SELECT "id", "role", "display_name", "region_code", "status", "token_version" FROM "users" WHERE "id" = $1`, [
      id,
    ]);
    const r = rows[0];
    return r
      ? { id: r.id, role: r.role, displayName: r.display_name, regionCode: r.region_code, status: r.status, tokenVersion: r.token_version }
      : null;
  }
}
