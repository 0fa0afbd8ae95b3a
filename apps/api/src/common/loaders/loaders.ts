import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/**
 * A kind of DataLoader: a name and the batch function that loads many keys in one query. Each feature module declares
 * the kinds for its own tables next to its entities (`employerById` in employers, `regionByCode` in regions …), so this
 * shared folder knows no feature and no module reads another's table through it.
 */
export interface LoaderKind<K, V> {
  readonly name: string;
  batch(ds: DataSource, keys: readonly K[]): Promise<V[]>;
}

export function loaderKind<K, V>(name: string, batch: (ds: DataSource, keys: readonly K[]) => Promise<V[]>): LoaderKind<K, V> {
  return { name, batch };
}

/** Rows in key order, null where a key has no row. */
export function byKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const r of rows) map.set(key(r), r);
  return keys.map((k) => map.get(k) ?? null);
}

/** Rows grouped per key, in key order. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One DataLoader per kind, created on first use within one request so nothing leaks between callers. */
export class Loaders {
  private readonly loaders = new Map<LoaderKind<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly ds: DataSource) {}

  of<K, V>(kind: LoaderKind<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(kind as LoaderKind<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => kind.batch(this.ds, keys), { name: kind.name });
      this.loaders.set(kind as LoaderKind<unknown, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

@Injectable()
export class LoaderFactory {
  constructor(private readonly ds: DataSource) {}

  create(): Loaders {
    return new Loaders(this.ds);
  }
}
