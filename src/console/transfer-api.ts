import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Hono } from 'hono';
import { z } from 'zod';
import { AZURE_FORMATS, copyTenant, exportTenant, GRAPH_FORMATS, type GraphStore, importAzureFile, importGraphFile, type ScaleConfig } from '../index.js';
import { badBody, type ErrorBody } from './error-body.js';
import type { JobHooks } from './jobs.js';

export interface TransferDeps {
  readonly store: GraphStore;
  readonly config: ScaleConfig;
  /** The console's own folder: uploads and exports live here, never where a browser says. */
  readonly outDir: string;
  readonly fail: (e: ErrorBody) => Response;
  readonly launch: (kind: string, tenantId: string, work: (hooks: JobHooks) => Promise<unknown>) => Response;
  /** Largest upload accepted, in bytes. */
  readonly uploadLimitBytes: number;
  /** The second store the console copies tenants to and from (`tenant-scale ui --copy-to`), if any. */
  readonly otherStore?: GraphStore;
}

const importQuery = z.object({
  format: z.enum(['json', 'arm', ...AZURE_FORMATS]),
  tenantId: z.string().trim().optional(),
  subscriptionId: z.string().trim().optional(),
  resourceGroup: z.string().trim().optional(),
  location: z.string().trim().optional(),
});
const copyBody = z.object({
  tenantId: z.string().trim().min(1, 'name a tenant'),
  /** `out`: from the console's store into the other; `in`: from the other into the console's. */
  direction: z.enum(['out', 'in']),
});
const exportQuery = z.object({ format: z.enum(GRAPH_FORMATS).default('json'), includeOriginal: z.enum(['0', '1']).default('0') });

class TooLarge extends Error {}

/** Import (an upload streamed to a file of the console's, then the importer as a job) and export (a download). */
export function transferRoutes(app: Hono, deps: TransferDeps): void {
  const { store, config, fail } = deps;

  app.post('/import', async (c) => {
    const q = importQuery.safeParse(c.req.query());
    if (!q.success) return fail(badBody(q.error));
    const { format, tenantId } = q.data;
    if (format !== 'json' && !tenantId)
      return fail({ error: 'an import of Azure data needs the tenant it becomes', fix: 'name the tenant', fields: ['tenantId'], status: 400 });
    const body = c.req.raw.body;
    if (!body) return fail({ error: 'no file was sent', fix: 'choose a file', fields: ['file'], status: 400 });
    const dir = mkdtempSync(join(deps.outDir, 'upload-'));
    const file = join(dir, format === 'json' ? 'upload.json' : 'upload');
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, done) {
        received += chunk.length;
        done(received > deps.uploadLimitBytes ? new TooLarge() : null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(body as never), limit, createWriteStream(file));
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      if (err instanceof TooLarge)
        return fail({
          error: `the file is larger than the console takes (${Math.round(deps.uploadLimitBytes / 2 ** 20)} MiB)`,
          fix: 'import it with the CLI: tenant-scale import --file PATH',
          fields: ['file'],
          status: 400,
        });
      throw err;
    }
    const write = { batchSize: config.performance.batch_size, concurrency: config.performance.concurrency };
    const started = deps.launch('import', tenantId ?? '', async (hooks) => {
      const progress = { signal: hooks.signal, onProgress: (done: number, total: number) => hooks.onProgress('importing', done, total) };
      try {
        if (format === 'json') return await importGraphFile(store, file, { ...write, ...progress, ...(tenantId ? { tenantId } : {}) });
        return await importAzureFile(store, {
          file,
          format,
          tenantId: tenantId!,
          ...write,
          ...progress,
          ...(format === 'arm'
            ? { deployment: { subscriptionId: q.data.subscriptionId ?? '', resourceGroup: q.data.resourceGroup ?? '', location: q.data.location ?? '' } }
            : {}),
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    if (started.status !== 202) rmSync(dir, { recursive: true, force: true });
    return started;
  });

  /** The other store and its tenants (the page offers copies both ways). */
  app.get('/copy', async (c) => {
    const other = deps.otherStore;
    if (!other) return c.json({ other: null });
    return c.json({ other: { kind: other.kind, target: other.target }, tenants: (await other.tenantCensus(undefined)).tenantNodeIds });
  });

  app.post('/copy', async (c) => {
    const other = deps.otherStore;
    if (!other)
      return fail({ error: 'this console has no second store to copy with', fix: 'start it with tenant-scale ui --copy-to URL', fields: [], status: 400 });
    const parsed = copyBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return fail(badBody(parsed.error));
    const { tenantId, direction } = parsed.data;
    const [from, to] = direction === 'out' ? [store, other] : [other, store];
    return deps.launch('copy', tenantId, (hooks) =>
      copyTenant(from, to, {
        tenantId,
        batchSize: config.performance.batch_size,
        concurrency: config.performance.concurrency,
        signal: hooks.signal,
        onProgress: (done, total) => hooks.onProgress('copying', done, total),
      }),
    );
  });

  app.get('/tenants/:id/export', async (c) => {
    const q = exportQuery.safeParse(c.req.query());
    if (!q.success) return fail(badBody(q.error));
    const dir = mkdtempSync(join(deps.outDir, 'export-'));
    const file = join(dir, `tenant.${q.data.format}`);
    try {
      await exportTenant(store, { tenantId: c.req.param('id'), file, format: q.data.format, includeOriginal: q.data.includeOriginal === '1' });
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err; // the API's error handler answers with the problem and the fix
    }
    const stream = createReadStream(file);
    stream.once('close', () => rmSync(dir, { recursive: true, force: true }));
    const name = `tenant-${c.req.param('id')}.${q.data.format}`.replace(/[^\w.-]/g, '_');
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(statSync(file).size),
        'content-disposition': `attachment; filename="${name}"`,
      },
    });
  });
}
