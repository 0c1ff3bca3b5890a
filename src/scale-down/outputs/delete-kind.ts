import { existsSync } from 'node:fs';
import { LABEL } from '../../domain/atg-schema.js';
import { type Backup, backupKeys, openBackup } from '../../slice/backup-file.js';
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
    const restored = await restoreBackup(store, await openBackup(file), {
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
    return typeof file === 'string' && existsSync(file) ? (await openBackup(file)).graph.counts.nodes : 0;
  },
  /** A completed delete has its backup intact (unless it ran without one) and none of the deleted nodes is back. */
  async validate(store, record): Promise<ValidationCheck[]> {
    if (record.status !== 'completed') return [];
    const file = record.params.backupFile;
    if (typeof file !== 'string') return [{ name: 'backup', passed: true, detail: 'ran without a backup (--no-backup)' }];
    if (!existsSync(file)) return [{ name: 'backup', passed: false, detail: `its backup ${file} is gone: the delete can no longer be undone` }];
    let backup: Backup;
    try {
      backup = await openBackup(file);
    } catch (err) {
      return [{ name: 'backup', passed: false, detail: (err as Error).message }];
    }
    let back = 0;
    for await (const keys of backupKeys(backup)) back += (await store.readTenantNodeKeys(record.tenantId, LABEL.Resource, keys)).length;
    const { nodes, relationships } = backup.graph.counts;
    return [
      { name: 'backup', passed: true, detail: `${file} intact: ${nodes} nodes, ${relationships} relationships` },
      { name: 'deleted', passed: back === 0, detail: `${back} of the deleted nodes are in the tenant again` },
    ];
  },
  removedResources: (record) => Number(record.params.removedResources ?? 0),
};
