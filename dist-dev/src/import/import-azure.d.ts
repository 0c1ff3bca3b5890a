import type { GraphStore } from '../store/graph-store.js';
import { type ImportResult } from '../transfer/import-slice.js';
import type { AzureFormat } from './read-azure-resources.js';
import { type ArmDeployment } from './read-arm-template.js';
export interface ImportAzureOptions {
    readonly file: string;
    readonly format: AzureFormat | 'arm';
    /** For an ARM template: where it is deployed (subscription, resource group, location, parameters file). */
    readonly deployment?: Omit<ArmDeployment, 'tenantId'>;
    /** The tenant the resources become (it must not exist in the store yet). */
    readonly tenantId: string;
    readonly batchSize: number;
    readonly concurrency: number;
    /** The scan time the nodes carry (`updated_at`); default now. */
    readonly now?: Date;
    readonly signal?: AbortSignal;
    readonly onProgress?: (done: number, total: number) => void;
}
export interface ImportAzureResult extends ImportResult {
    readonly resources: number;
    /** What was left out and why (references to resources not in the file, duplicates). */
    readonly warnings: readonly string[];
}
/**
 * import --format arm|resource-graph|azure-export: the file's resources (an ARM template's, evaluated
 * offline) as an ATG tenant (both layers, context, the relationships their references imply),
 * written as one recorded operation, all or nothing. The file is checked whole before anything is
 * written. resource-graph and azure-export files stream (any size: one pass indexes the ids, a second
 * emits the tenant into a spool that the import writes from); a template is evaluated in memory.
 */
export declare function importAzureFile(store: GraphStore, options: ImportAzureOptions): Promise<ImportAzureResult>;
