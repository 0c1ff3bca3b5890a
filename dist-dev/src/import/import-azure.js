import { emitTenant, TenantEmitter } from '../domain/atg-catalog/emit-tenant.js';
import { spoolGraph } from '../io/graph-spool.js';
import { STREAM_PAGE } from '../io/graph-stream.js';
import { azureItems } from './azure-items.js';
import { UsageError } from '../domain/errors.js';
import { checkTenantIdLength } from '../domain/tenant-scope.js';
import { importGraph, importSlice } from '../transfer/import-slice.js';
import { readArmTemplate } from './read-arm-template.js';
/**
 * import --format arm|resource-graph|azure-export: the file's resources (an ARM template's, evaluated
 * offline) as an ATG tenant (both layers, context, the relationships their references imply),
 * written as one recorded operation, all or nothing. The file is checked whole before anything is
 * written. resource-graph and azure-export files stream (any size: one pass indexes the ids, a second
 * emits the tenant into a spool that the import writes from); a template is evaluated in memory.
 */
export async function importAzureFile(store, options) {
    if (!options.tenantId.trim())
        throw new UsageError('an import needs the tenant the resources belong to', 'pass {{option:tenantId}} (or set AZURE_TENANT_ID)');
    checkTenantIdLength(options.tenantId, 'pass a shorter {{option:tenantId}}');
    const updatedAt = (options.now ?? new Date()).toISOString();
    const write = {
        source: `${options.format} ${options.file}`,
        batchSize: options.batchSize,
        concurrency: options.concurrency,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
    if (options.format === 'arm') {
        if (!options.deployment)
            throw new UsageError('an ARM template import needs the deployment scope', 'pass {{option:subscriptionIds|subscription-id}} and {{option:resourceGroup}} (and {{option:location}}, {{option:parameters}})');
        const evaluated = readArmTemplate(options.file, { ...options.deployment, tenantId: options.tenantId });
        if (evaluated.resources.length === 0)
            throw new UsageError(`${options.file} holds no resources`, 'pass a file with at least one resource');
        const emitted = emitTenant(evaluated.resources, options.tenantId, updatedAt);
        const result = await importSlice(store, emitted.slice, write);
        return { ...result, resources: emitted.resources, warnings: [...evaluated.warnings, ...emitted.warnings, ...result.warnings] };
    }
    const format = options.format;
    const emitter = new TenantEmitter(options.tenantId, updatedAt);
    for await (const item of azureItems(options.file, format))
        emitter.indexItem(item);
    if (emitter.resources === 0)
        throw new UsageError(`${options.file} holds no resources`, 'pass a file with at least one resource');
    const spooled = await spoolGraph(options.tenantId, emittedPages(emitter, azureItems(options.file, format)));
    try {
        const result = await importGraph(store, spooled, write);
        return { ...result, resources: emitter.resources, warnings: [...emitter.warnings, ...result.warnings] };
    }
    finally {
        spooled.dispose();
    }
}
/** The emitter's second pass, in pages of about STREAM_PAGE rows. */
async function* emittedPages(emitter, items) {
    let page = { nodes: [], relationships: [] };
    for await (const item of items) {
        const part = emitter.emitItem(item);
        page.nodes.push(...part.nodes);
        page.relationships.push(...part.relationships);
        if (page.nodes.length + page.relationships.length >= STREAM_PAGE) {
            yield page;
            page = { nodes: [], relationships: [] };
        }
    }
    if (page.nodes.length + page.relationships.length)
        yield page;
}
//# sourceMappingURL=import-azure.js.map