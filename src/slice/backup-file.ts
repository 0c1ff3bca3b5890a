import { UsageError } from '../domain/errors.js';
import { readGraphJson } from '../io/graph-formats/json-format.js';
import type { GraphSlice } from '../domain/graph-slice.js';

/** What a scale-down delete writes before it deletes anything, and what restore reads. */
export const BACKUP_KIND = 'scale-down-backup';

export interface Backup {
  readonly operationId: string;
  readonly tenantId: string;
  readonly slice: GraphSlice;
}

/** Reads and checks a backup file whole (format, digest, kind); anything else is a UsageError (exit 2) naming it. */
export function readBackup(path: string): Backup {
  const { header, slice } = readGraphJson(path, { requireDigest: true });
  if (header.kind !== BACKUP_KIND || typeof header.operationId !== 'string') {
    throw new UsageError(
      `${path} is a tenant-scale graph file but not a scale-down backup`,
      'pass the {{option:backupFile}} a scale-down {{option:mode|output-mode}} delete wrote',
    );
  }
  return { operationId: header.operationId, tenantId: slice.tenantId, slice };
}
