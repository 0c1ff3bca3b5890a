import { UsageError } from '../domain/errors.js';
import type { GraphStore } from './graph-store.js';
import { NEO4J_ADAPTER } from './neo4j/neo4j-adapter.js';
import { SQLITE_ADAPTER } from './sqlite/sqlite-adapter.js';
import type { StoreAdapter, StoreLocation } from './store-adapter.js';

export type { StoreLocation } from './store-adapter.js';

export const DEFAULT_SQLITE_PATH = './tenant-graph.db';

/** Every kind of store: a new store is an adapter folder exporting a StoreAdapter, and one line here. */
const STORE_ADAPTERS = [NEO4J_ADAPTER, SQLITE_ADAPTER] as const;

/** Where a store is, resolved by the adapter that takes its --db form. */
export type ResolvedStore = NonNullable<ReturnType<(typeof STORE_ADAPTERS)[number]['resolve']>>;

/** The one place that decides which store a command talks to. Pure: no connection is made. */
export function resolveStore(location: StoreLocation): ResolvedStore {
  const env = location.env ?? process.env;
  const db = location.db ?? env.NEO4J_URI;
  if (db === undefined || db === '') return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
  const scheme = /^([a-z0-9+.-]+):\/\//i.exec(db)?.[1]?.toLowerCase();
  for (const adapter of STORE_ADAPTERS) {
    const resolved = adapter.resolve(db, scheme, location);
    if (resolved) return resolved;
  }
  const forms = STORE_ADAPTERS.flatMap((a) => a.forms);
  throw new UsageError(`unsupported store URL scheme "${scheme}://"`, `use one of ${forms.slice(0, -1).join(', ')}, or ${forms.at(-1)}`);
}

/** Opens (and for Neo4j, verifies) the resolved store; errors name the target, never a password. */
export async function openStore(location: StoreLocation): Promise<GraphStore> {
  const resolved = resolveStore(location);
  // The adapter that resolved it (its kind and the location's go together, which TypeScript cannot follow through the list).
  const adapter = STORE_ADAPTERS.find((a) => a.kind === resolved.kind) as StoreAdapter<ResolvedStore>;
  return adapter.open(resolved, location);
}
