import { Client } from 'pg';

export const USER_CHANGED_CHANNEL = 'jobbridge_user_changed';
/** A connection that stopped answering (half-open TCP) hears nothing: ask it something this often to find out. */
const HEARTBEAT_MS = 15_000;

export interface UserChangeHandlers {
  /** A user row changed or was deleted (`*` after a TRUNCATE). */
  changed(id: string): void;
  /** The listener is connected and LISTENing: from now on every change is heard. */
  up(): void;
  /** The connection was lost: changes may go unheard until `up` again. */
  down(error?: Error): void;
}

/**
 * One dedicated PostgreSQL connection per API process that LISTENs on jobbridge_user_changed (raised by a trigger on
 * users, ADR 0010) and reconnects with backoff when it drops. Not from the pool: a LISTEN needs its own session.
 */
export class UserChangeListener {
  private client?: Client;
  private stopped = false;
  private retryMs = 100;
  private retryTimer?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly connectionString: string,
    private readonly on: UserChangeHandlers,
  ) {}

  /** Connects once; on failure keeps retrying in the background and resolves anyway (the cache stays off until up). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'jobbridge-api-listen',
      keepAlive: true,
      connectionTimeoutMillis: 5000,
      query_timeout: 5000,
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      clearInterval(this.heartbeat);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.on.down(error);
      this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
      this.retryTimer.unref();
      this.retryMs = Math.min(this.retryMs * 2, 5000);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (msg) => {
      if (msg.channel === USER_CHANGED_CHANNEL && msg.payload) this.on.changed(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.retryMs = 100;
      this.heartbeat = setInterval(() => void client.query('SELECT 1').catch((e: Error) => onLost(e)), HEARTBEAT_MS);
      this.heartbeat.unref();
      this.on.up();
    } catch (e) {
      onLost(e as Error);
    }
  }

  /** For tests: drops the connection as a network failure would. */
  simulateDrop(): void {
    this.client?.emit('error', new Error('simulated drop'));
  }
}
