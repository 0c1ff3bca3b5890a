import { UsageError } from '../domain/errors.js';
import { openGraphJson } from '../io/graph-formats/json-reader.js';
import type { GraphStream } from '../io/graph-stream.js';
import { refOf } from '../domain/graph-slice.js';

/** What a scale-down delete writes before it deletes anything, and what restore reads. */
export const BACKUP_KIND = 'scale-down-backup';

export interface Backup {
  readonly operationId: string;
  readonly tenantId: string;
  /** The backup's nodes and relationships, read from the file a page at a time on each pass. */
  readonly graph: GraphStream;
}

/**
 * Opens and checks a backup file in one streamed pass (format, digest, kind), holding a line at a
 * time; anything else is a UsageError (exit 2) naming it. Its graph reads the file again on each pass.
 */
export async function openBackup(path: string): Promise<Backup> {
  const { header, graph } = await openGraphJson(path, { requireDigest: true });
  if (header.kind !== BACKUP_KIND || typeof header.operationId !== 'string') {
    throw new UsageError(
      `${path} is a tenant-scale graph file but not a scale-down backup`,
      'pass the {{option:backupFile}} a scale-down {{option:mode|output-mode}} delete wrote',
    );
  }
  return { operationId: header.operationId, tenantId: graph.tenantId, graph };
}

/** The keys of a backup's nodes (what the delete removes, or removed), a page at a time. */
export async function* backupKeys(backup: Backup): AsyncGenerator<string[]> {
  for await (const page of backup.graph.nodes()) yield page.map((n) => refOf(n).key);
}
