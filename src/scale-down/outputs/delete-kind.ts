import { existsSync } from 'node:fs';
import { LABEL } from '../../domain/atg-schema.js';
import { readBackup } from '../../slice/backup-file.js';
import { restoreBackup } from '../../slice/restore-backup.js';
import type { OperationKindDefinition } from '../../operations/kinds/operation-kind.js';
import type { ValidationCheck } from '../../operations/validation-checks.js';

/**
 * A tenant shrunk in place by a scale-down (output mode delete). It writes a backup of everything it
 * deletes before the first delete; undoing it restores that backup (without a backup file nothing had
 * been deleted yet, or it ran with --no-backup and there is nothing to restore from).
 */
export const DELETE_KIND: OperationKindDefinition = {
  name: 'scale-down-delete',
  description: 'scale-down delete',
  undoEffect: 'restores what it deleted, from its backup',
  marksItsNodes: false,
  createsTenant: false,
  async undo(store, record, batchSize, onBatch) {
    const file = record.params.backupFile;
    if (typeof file !== 'string') return { nodesDeleted: 0, summary: 'it ran without a backup (--no-backup): nothing to restore from' };
    if (!existsSync(file)) return { nodesDeleted: 0, summary: 'its backup had not been written, so nothing had been deleted' };
    let reported = 0;
    const restored = await restoreBackup(store, readBackup(file), {
      batchSize,
      onProgress: (done) => {
        onBatch?.(done - reported);
        reported = done;
      },
    });
    return { nodesDeleted: 0, summary: `restored ${restored.nodes} nodes and ${restored.relationships} relationships from ${file}` };
  },
  async undoSize(_store, record) {
    const file = record.params.backupFile;
    return typeof file === 'string' && existsSync(file) ? readBackup(file).slice.nodes.length : 0;
  },
  /** A completed delete has its backup intact (unless it ran without one) and none of the deleted nodes is back. */
  async validate(store, record): Promise<ValidationCheck[]> {
    if (record.status !== 'completed') return [];
    const file = record.params.backupFile;
    if (typeof file !== 'string') return [{ name: 'backup', passed: true, detail: 'ran without a backup (--no-backup)' }];
    if (!existsSync(file)) return [{ name: 'backup', passed: false, detail: `its backup ${file} is gone: the delete can no longer be undone` }];
    let backup: ReturnType<typeof readBackup>;
    try {
      backup = readBackup(file);
    } catch (err) {
      return [{ name: 'backup', passed: false, detail: (err as Error).message }];
    }
    const keys = backup.slice.nodes.map((n) => String(n.properties.id));
    let back = 0;
    for (let i = 0; i < keys.length; i += 5_000) back += (await store.readTenantNodeKeys(record.tenantId, LABEL.Resource, keys.slice(i, i + 5_000))).length;
    return [
      { name: 'backup', passed: true, detail: `${file} intact: ${keys.length} nodes, ${backup.slice.relationships.length} relationships` },
      { name: 'deleted', passed: back === 0, detail: `${back} of the deleted nodes are in the tenant again` },
    ];
  },
  removedResources: (record) => Number(record.params.removedResources ?? 0),
};
