import { EventEmitter } from 'node:events';

/**
 * A process-local emitter whose events and payloads are declared by a map type: `{ 'application.changed':
 * [ApplicationChanged] }`. Emitting or listening to a misspelt event, or with the wrong payload, does not compile.
 * Services raise their after-commit events on one of these; gateways listen and push to sockets (the socket.io Redis
 * adapter carries those pushes to the other API processes, so these events themselves stay in the process).
 */
export class TypedEmitter<M extends { [K in keyof M]: unknown[] }> {
  private readonly inner = new EventEmitter();

  on<K extends keyof M & string>(event: K, listener: (...args: M[K]) => unknown): this {
    this.inner.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  once<K extends keyof M & string>(event: K, listener: (...args: M[K]) => unknown): this {
    this.inner.once(event, listener as (...args: unknown[]) => void);
    return this;
  }

  off<K extends keyof M & string>(event: K, listener: (...args: M[K]) => unknown): this {
    this.inner.off(event, listener as (...args: unknown[]) => void);
    return this;
  }

  emit<K extends keyof M & string>(event: K, ...args: M[K]): boolean {
    return this.inner.emit(event, ...args);
  }

  listenerCount<K extends keyof M & string>(event: K): number {
    return this.inner.listenerCount(event);
  }

  /** Node warns past 10 listeners of one event; raise it where many listeners are expected. */
  setMaxListeners(n: number): this {
    this.inner.setMaxListeners(n);
    return this;
  }

  /** The listeners of one event, e.g. to await async ones in turn. */
  listeners<K extends keyof M & string>(event: K): ((...args: M[K]) => unknown)[] {
    return this.inner.listeners(event) as ((...args: M[K]) => unknown)[];
  }
}
