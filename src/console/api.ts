import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import {
  backupFileIn,
  cleanupOperations,
  type GraphStore,
  scaleDown,
  type ScaleConfig,
  type ScaleDownOutput,
  scaleDownDefaults,
  scaleUpDefaults,
  BUILTIN_SCENARIOS,
  scaleUpRandom,
  scaleUpScenario,
  scaleUpTemplate,
  reportGrowth,
  type ScaleUpResult,
  isLeftBehind,
  tenantResourceStats,
  tenantStatsReport,
  validateTenant,
} from '../index.js';
import { badBody, type ErrorBody, errorBody } from './error-body.js';
import { type JobHooks, Jobs } from './jobs.js';
import { patternOf, samplerParams, scaleDownRequest, type ScaleDownRequest } from './scale-down-request.js';
import { transferRoutes } from './transfer-api.js';
import { neighbourhood } from './neighbourhood.js';

export interface ApiOptions {
  readonly store: GraphStore;
  readonly config: ScaleConfig;
  readonly csrfToken: string;
  /** Where a scale-down delete writes its backup (it must outlive the console). */
  readonly backupDir: string;
  /** A second store to copy tenants to and from. */
  readonly otherStore?: GraphStore;
  /** Largest upload accepted (default 1 GiB). */
  readonly uploadLimitBytes?: number;
}

const tenantId = z.string().trim().min(1, 'name a tenant');
const templateBody = z.object({
  tenantId,
  scaleFactor: z.number(),
  resourceTypes: z.array(z.string().trim().min(1)).optional(),
  dryRun: z.boolean().optional(),
});
const randomBody = z.object({
  tenantId,
  targetCount: z.number(),
  typeDistribution: z.string().trim().min(1).optional(),
  relationshipDensity: z.number().optional(),
  seed: z.number().int().optional(),
  dryRun: z.boolean().optional(),
});
const scenarioBody = z.object({
  tenantId,
  /** A built-in scenario, or `custom`: the YAML in scenarioText. */
  scenario: z.enum([...BUILTIN_SCENARIOS, 'custom']),
  scenarioText: z.string().optional(),
  spokeCount: z.number().optional(),
  resourcesPerSpoke: z.number().optional(),
  scaleFactor: z.number().optional(),
  seed: z.number().int().optional(),
  dryRun: z.boolean().optional(),
});
/** A random scale-up's defaults, as `tenant-scale scale-up random` has them. */
const RANDOM_DEFAULTS = { typeDistribution: 'tenant', relationshipDensity: 1.5, seed: 1 };
const validateBody = z.object({ operationId: z.string().min(1).optional() });
const cleanupBody = z.object({ operationId: z.string().min(1).optional(), all: z.boolean().optional(), dryRun: z.boolean() });

/** The console's JSON API over the library's public entry point. */
export function api(options: ApiOptions): { app: Hono; jobs: Jobs; close(): void } {
  const { store, config, backupDir } = options;
  const jobs = new Jobs();
  // Exports and reports go here only: the page downloads them by job, never names a path.
  const outDir = mkdtempSync(join(tmpdir(), 'tenant-scale-console-'));
  const app = new Hono();
  const fail = (e: ErrorBody) => new Response(JSON.stringify(e), { status: e.status, headers: { 'content-type': 'application/json' } });
  // Whatever a library call throws reaches the page as the problem, the fix and the fields it names.
  app.onError((err) => fail(errorBody(err)));

  async function parse<T>(body: Promise<unknown>, schema: z.ZodType<T>): Promise<T | Response> {
    let raw: unknown;
    try {
      raw = await body;
    } catch {
      return fail({ error: 'the request body is not JSON', fields: [], status: 400 });
    }
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fail(badBody(parsed.error));
  }

  app.get('/session', (c) => c.json({ csrfToken: options.csrfToken, store: { kind: store.kind, target: store.target } }));

  app.get('/tenants', async (c) => {
    const census = await store.tenantCensus(undefined);
    const tenants = [];
    // Counts an index answers (a 10^6-resource tenant in milliseconds); the full stats are the tenant's page.
    for (const id of census.tenantNodeIds) {
      const [own, operations] = await Promise.all([store.tenantCensus(id), store.listOperations(id)]);
      tenants.push({
        tenantId: id,
        resources: own.resourcesWithTenant,
        operations: operations.length,
        running: operations.filter((o) => o.status === 'running').length,
      });
    }
    return c.json({ tenants });
  });

  // `?first`: the figures indexes answer at once (a 10^6-resource tenant in a fraction of a second); then the whole.
  app.get('/tenants/:id/stats', async (c) => {
    const report = c.req.query('first') !== undefined ? await tenantResourceStats(store, c.req.param('id')) : await tenantStatsReport(store, c.req.param('id'));
    // A `running` record no live process owns was left by a crash: the page shows it with its way out.
    return c.json({ ...report, operations: report.operations.map((o) => ({ ...o, leftBehind: isLeftBehind(o) })) });
  });

  app.get('/tenants/:id/graph', async (c) =>
    c.json(await neighbourhood(store, c.req.param('id'), c.req.query('q') ?? '', Number(c.req.query('limit') ?? 500))),
  );

  app.post('/tenants/:id/validate', async (c) => {
    const body = await parse(c.req.json(), validateBody);
    if (body instanceof Response) return body;
    return c.json(await validateTenant(store, c.req.param('id'), body.operationId));
  });

  app.post('/tenants/:id/cleanup', async (c) => {
    const body = await parse(c.req.json(), cleanupBody);
    if (body instanceof Response) return body;
    const refused = body.dryRun ? undefined : busy();
    if (refused) return refused;
    const result = await cleanupOperations(store, {
      tenantId: c.req.param('id'),
      ...(body.operationId ? { operationId: body.operationId } : { all: true }),
      dryRun: body.dryRun,
      yes: !body.dryRun,
      batchSize: config.performance.batch_size,
    });
    return c.json(result);
  });

  /**
   * The embedded store has one connection, and a long write keeps a transaction open across its
   * batches: a second write in between would join it. So on a store without concurrent writers, a
   * change waits for the running operation (refused with the way out), as a second CLI process would.
   */
  const busy = (): Response | undefined => {
    const running = jobs.running();
    if (store.capabilities.concurrentWriters || running.length === 0) return undefined;
    return fail({
      error: `${running[0]!.kind} is running on this store (the embedded store writes one operation at a time)`,
      fix: 'wait for it to finish, or stop it from its progress panel',
      fields: [],
      status: 409,
    });
  };

  /** Runs a long operation as a job (its plan at once for a dry run). */
  const launch = async (kind: string, tenant: string, dryRun: boolean | undefined, work: (hooks: JobHooks) => Promise<unknown>) => {
    if (dryRun) return Response.json({ dryRun: true, result: await work({ onProgress: () => {}, signal: new AbortController().signal, attach: () => {} }) });
    return startJob(kind, tenant, work);
  };

  /** A job started, or refused while the embedded store is busy. */
  const startJob = (kind: string, tenant: string, work: (hooks: JobHooks) => Promise<unknown>): Response => {
    const refused = busy();
    if (refused) return refused;
    const job = jobs.start(kind, tenant, work);
    return Response.json({ jobId: job.id }, { status: 202 });
  };

  transferRoutes(app, {
    store,
    config,
    outDir,
    fail,
    launch: startJob,
    uploadLimitBytes: options.uploadLimitBytes ?? 2 ** 30,
    ...(options.otherStore ? { otherStore: options.otherStore } : {}),
  });

  /** A POST route whose body (parsed by `schema`) becomes one library call, run as a job (its plan at once for a dry run). */
  function operationRoute<T extends { tenantId: string; dryRun?: boolean | undefined }>(
    path: string,
    schema: z.ZodType<T>,
    kind: string,
    call: (body: T, hooks: JobHooks) => Promise<unknown>,
  ): void {
    app.post(path, async (c) => {
      const body = await parse(c.req.json(), schema);
      if (body instanceof Response) return body;
      return launch(kind, body.tenantId, body.dryRun, (hooks) => call(body, hooks));
    });
  }

  /**
   * A scale-up that wrote resources, then its fidelity: the tenant as grown by it against its
   * original, the report in the console's own folder (viewed by job) and its figures in the result.
   * The scale-up is done either way: a report that cannot be written is said, not a failed job.
   */
  async function withGrowth<P>(dryRun: boolean | undefined, hooks: JobHooks, run: Promise<ScaleUpResult<P>>) {
    const result = await run;
    if (dryRun || !result.success || result.resourcesCreated === 0) return result;
    const file = join(mkdtempSync(join(outDir, 'job-')), 'report.html');
    try {
      const growth = await reportGrowth(store, { tenantId: result.tenantId, operationId: result.operationId, file }, hooks);
      hooks.attach('report', file);
      const { ks, typeTvd, motifs, securityPaths } = growth.fidelity;
      return { ...result, growth: { original: growth.original, grown: growth.grown, ks, typeTvd, motifs, securityPaths }, downloads: ['report'] };
    } catch (err) {
      return { ...result, growthError: err instanceof Error ? err.message : String(err) };
    }
  }

  operationRoute('/run/scale-up/template', templateBody, 'scale-up template', (body, hooks) =>
    withGrowth(
      body.dryRun,
      hooks,
      scaleUpTemplate(
        store,
        {
          ...scaleUpDefaults(config, 'template'),
          tenantId: body.tenantId,
          scaleFactor: body.scaleFactor,
          ...(body.resourceTypes?.length ? { resourceTypes: body.resourceTypes } : {}),
          dryRun: Boolean(body.dryRun),
        },
        hooks,
      ),
    ),
  );

  operationRoute('/run/scale-up/scenario', scenarioBody, 'scale-up scenario', (body, hooks) => {
    const source =
      body.scenario === 'custom'
        ? { text: body.scenarioText ?? '' }
        : {
            name: body.scenario,
            params: {
              ...(body.spokeCount !== undefined ? { spokeCount: body.spokeCount } : {}),
              ...(body.resourcesPerSpoke !== undefined ? { resourcesPerSpoke: body.resourcesPerSpoke } : {}),
            },
          };
    return withGrowth(
      body.dryRun,
      hooks,
      scaleUpScenario(
        store,
        {
          ...scaleUpDefaults(config, 'generated'),
          tenantId: body.tenantId,
          source,
          scaleFactor: body.scaleFactor ?? 1,
          seed: body.seed ?? 1,
          dryRun: Boolean(body.dryRun),
        },
        hooks,
      ),
    );
  });

  operationRoute('/run/scale-up/random', randomBody, 'scale-up random', (body, hooks) =>
    withGrowth(
      body.dryRun,
      hooks,
      scaleUpRandom(
        store,
        {
          ...scaleUpDefaults(config, 'generated'),
          tenantId: body.tenantId,
          targetCount: body.targetCount,
          typeDistribution: body.typeDistribution ?? RANDOM_DEFAULTS.typeDistribution,
          relationshipDensity: body.relationshipDensity ?? RANDOM_DEFAULTS.relationshipDensity,
          seed: body.seed ?? RANDOM_DEFAULTS.seed,
          dryRun: Boolean(body.dryRun),
        },
        hooks,
      ),
    ),
  );

  operationRoute('/run/scale-down', scaleDownRequest, 'scale-down', (body, hooks) => runScaleDown(body, hooks));

  /** A scale-down with its export and its fidelity report in the console's own folder, a delete's backup in the backup folder. */
  async function runScaleDown(body: ScaleDownRequest, hooks: JobHooks) {
    // A dry run writes nothing: its output only needs a name to check.
    const dir = body.dryRun ? outDir : mkdtempSync(join(outDir, 'job-'));
    const defaults = scaleDownDefaults(config);
    const outcome = await scaleDown(
      store,
      {
        defaultTargetSize: defaults.defaultTargetSize,
        seed: body.seed ?? defaults.seed,
        batchSize: defaults.batchSize,
        concurrency: defaults.concurrency,
        params: samplerParams(body, defaults.burningProbability),
        tenantId: body.tenantId,
        algorithm: body.algorithm,
        ...(body.algorithm === 'pattern' ? { pattern: patternOf(body) } : {}),
        ...(body.targetSize !== undefined ? { targetSize: body.targetSize } : {}),
        ...(body.targetCount !== undefined ? { targetCount: body.targetCount } : {}),
        ...(body.preserveTypes ? { preserveTypes: true } : {}),
        ...(body.stratifyTypes ? { stratifyTypes: true } : {}),
        ...(body.preservePaths && body.preservePaths !== 'none' ? { preservePaths: body.preservePaths } : {}),
        dryRun: Boolean(body.dryRun),
        ...outputOf(body, dir),
        ...(body.dryRun ? {} : { report: { file: join(dir, 'report.html') } }),
      },
      hooks,
    );
    const output = outcome.summary.output;
    if (output?.mode === 'export') hooks.attach('export', output.file);
    if (!body.dryRun) hooks.attach('report', join(dir, 'report.html'));
    // The page downloads by job: the console's own paths stay on the server (a backup's path is the user's, shown).
    const { report, ...rest } = outcome.summary;
    const summary = { ...rest, output: output?.mode === 'export' ? { ...output, file: undefined } : output, report: report && { baseline: report.baseline } };
    return { summary, downloads: [...(output?.mode === 'export' ? ['export'] : []), ...(body.dryRun ? [] : ['report'])] };
  }

  /** Where the sample goes, as the library's output option. */
  function outputOf(body: ScaleDownRequest, dir: string): { output?: ScaleDownOutput } {
    const includeOriginal = body.includeOriginal ? { includeOriginal: true } : {};
    switch (body.output) {
      case 'none':
        return {};
      case 'export':
        return { output: { mode: 'export', file: join(dir, `sample.${body.format ?? 'json'}`), format: body.format ?? 'json', ...includeOriginal } };
      case 'new-tenant':
        return { output: { mode: 'new-tenant', newTenantId: body.newTenantId ?? '', ...includeOriginal } };
      case 'delete':
        return {
          output: { mode: 'delete', confirmed: Boolean(body.confirmed), backupFile: body.backup === false ? null : backupFileIn(backupDir, body.tenantId) },
        };
    }
  }

  /** A file a job wrote: the export as a download, the report to view. */
  app.get('/jobs/:id/files/:name', (c) => {
    const job = jobs.get(c.req.param('id'));
    const file = job?.files.get(c.req.param('name'));
    if (!job || !file || job.status !== 'done') return fail({ error: 'no such file (the job has not finished, or wrote none)', fields: [], status: 400 });
    const name = c.req.param('name') === 'report' ? 'report.html' : `sample-${job.tenantId}${file.slice(file.lastIndexOf('.'))}`;
    const download = c.req.param('name') !== 'report';
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
      headers: {
        'content-type': download ? 'application/octet-stream' : 'text/html; charset=utf-8',
        ...(download ? { 'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"` } : {}),
      },
    });
  });

  app.get('/jobs/:id/events', (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job) return fail({ error: `no job ${c.req.param('id')}`, fields: [], status: 400 });
    return streamSSE(c, async (stream) => {
      // Writes are chained, and the stream ends only after the last one (the end event) is written.
      let writing: Promise<unknown> = Promise.resolve();
      await new Promise<void>((resolve) => {
        let ended = false;
        let off = () => {};
        const finish = () => {
          if (ended) return;
          ended = true;
          off();
          resolve();
        };
        // A job already ended answers with its end at once, inside subscribe: unsubscribed right after.
        off = job.subscribe((event) => {
          writing = writing.then(() => stream.writeSSE({ event: event.type, data: JSON.stringify(event) }));
          if (event.type !== 'progress') finish();
        });
        if (ended) off();
        stream.onAbort(finish);
      });
      await writing;
    });
  });

  app.post('/jobs/:id/stop', (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job) return fail({ error: `no job ${c.req.param('id')}`, fields: [], status: 400 });
    job.stop();
    return c.json({ stopping: true });
  });

  return { app, jobs, close: () => rmSync(outDir, { recursive: true, force: true }) };
}
