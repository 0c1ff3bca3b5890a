import { UsageError } from '../../domain/errors.js';
import type { StoreAdapter } from '../store-adapter.js';
import { SqliteStore } from './sqlite-store.js';

export interface ResolvedSqlite {
  readonly kind: 'sqlite';
  readonly path: string;
}

/** The embedded store: `sqlite:PATH`, or any --db without a URL scheme (a file path). */
export const SQLITE_ADAPTER: StoreAdapter<ResolvedSqlite> = {
  kind: 'sqlite',
  forms: ['sqlite:PATH', 'a file path'],
  resolve(db, scheme, location) {
    if (db.startsWith('sqlite:')) {
      const path = db.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
      if (!path) {
        // Named where the URL came from: the flag, or the variable when no flag was given.
        if (location.db === undefined) throw new UsageError('NEO4J_URI sqlite: needs a file path', 'set NEO4J_URI=sqlite:./tenant-graph.db');
        throw new UsageError('{{option:store|db}} sqlite: needs a file path', 'use {{option:store|db}} sqlite:./tenant-graph.db');
      }
      return { kind: 'sqlite', path };
    }
    return scheme === undefined ? { kind: 'sqlite', path: db } : undefined;
  },
  open: async (resolved, location) => new SqliteStore(resolved.path, { mustExist: location.mustExist ?? false }),
};
