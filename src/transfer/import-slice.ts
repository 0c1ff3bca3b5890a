import { IMPORT_KIND } from './import-kind.js';
import { LABEL } from '../domain/atg-schema.js';
import { UsageError } from '../domain/errors.js';
import { newOperationId } from '../domain/ids.js';
import { layerOf } from '../domain/layers.js';
import type { GraphChunk } from '../domain/graph.js';
import { refOf, type GraphSlice, type SliceRelationship } from '../domain/graph-slice.js';
import { readWhole, sliceStream, type GraphStream } from '../io/graph-stream.js';
import { GraphSpool, spoolGraph, type GraphPage, type SpooledGraph } from '../io/graph-spool.js';
import { sortedProperties } from '../io/graph-formats/json-format.js';
import { isTenantOwned, keysByLabel, sliceChunks } from '../slice/slice-chunks.js';
import { walkTenant } from '../slice/tenant-slice.js';
import { runOperation, type OperationStart, type OperationWork } from '../operations/lifecycle/run-operation.js';
import { OperationMetrics } from '../operations/metrics.js';
import type { ValidationCheck } from '../operations/validate-operation.js';
import { checkNewTenant, type CreatedSharedNodes, rewriteSlice, sharedNodesMissingFrom } from '../slice/slice-rewrite.js';
import type { OperationRecord } from '../domain/operation-record.js';
import type { GraphStore, StoredNode } from '../store/graph-store.js';
import { writeChunks } from '../store/write-chunks.js';
import { compareSummaries, GraphSummary } from './graph-summary.js';

export interface ImportSliceOptions {
  /** The tenant it becomes: the graph's own by default; another id rewrites every id (as scale-down new-tenant does), which reads the graph whole. */
  readonly tenantId?: string;
  /** Where the data came from, for the operation record (a file, a store). */
  readonly source: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * A copy: the source's operation records of the tenant, written inside the import (before it is
   * completed) and marked `copiedWith` it — undoing the import removes the tenant and closes them, and
   * they do not block that undo as operations written into the tenant afterwards do.
   */
  readonly history?: readonly OperationRecord[];
}

export interface ImportResult {
  /** What is odd but still usable (ATG `properties` strings cut at 5,000 characters). */
  readonly warnings: readonly string[];
  readonly operationId: string;
  readonly tenantId: string;
  readonly store: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  readonly validation: readonly ValidationCheck[];
  /** A copy: the source's operation records of the tenant written to the target (its import is recorded too). */
  readonly operationsCopied?: number;
}

/** ATG cuts `properties` and `tags` strings at 5,000 characters: such a string no longer parses. Imported as it is, with a warning (the first 20 named). */
class TruncationWarnings {
  readonly list: string[] = [];
  private more = 0;

  check(nodes: readonly StoredNode[]): void {
    for (const n of nodes) {
      for (const key of ['properties', 'tags']) {
        const v = n.properties[key];
        if (typeof v !== 'string' || v.length < 5_000) continue;
        try {
          JSON.parse(v);
        } catch {
          if (this.list.length < 20)
            this.list.push(
              `${String(n.properties.id)}: ${key} is ${v.length} characters and does not parse (ATG cuts these strings at 5,000); imported as it is`,
            );
          else this.more++;
        }
      }
    }
  }

  get all(): string[] {
    return this.more ? [...this.list, `… and ${this.more} more cut ${'`properties`'} or ${'`tags`'} strings`] : this.list;
  }
}

/**
 * Refuses, before anything is written, nodes the store already holds under another tenant (two
 * tenants cannot share a subscription, a resource group or a resource id): the import would fail
 * half-way on the store's uniqueness, or merge two tenants.
 */
async function assertNoneExists(store: GraphStore, nodes: readonly StoredNode[]): Promise<void> {
  for (const [label, keys] of keysByLabel(nodes, isTenantOwned)) {
    const found = await store.readNodes(label, keys);
    if (found.length) {
      const first = found[0]!.properties;
      throw new UsageError(
        `${store.target} already holds ${label} ${String(first.id ?? first.code)}${first.tenant_id ? ` (tenant ${String(first.tenant_id)})` : ''}${found.length > 1 ? ` and ${found.length - 1} more of the nodes to import` : ''}`,
        'two tenants cannot share subscriptions, groups or resources: import into another store, or remove the tenant holding them first',
      );
    }
  }
}

/** The fix when the tenant an import writes exists in the store already. */
const NEW_TENANT_FIX = 'import it under another {{option:tenantId|as-tenant}}, or into another store';

/** What a survey of the graph finds before anything is written: conflicts (thrown), shared nodes to create, what validation expects. */
export interface Survey {
  readonly tenantId: string;
  readonly expected: GraphSummary;
  readonly created: CreatedSharedNodes;
  readonly resources: number;
  readonly warnings: TruncationWarnings;
  /** Relationships start at a node the tenant does not own (read back only when there are). */
  readonly inbound: boolean;
}

/**
 * Surveys a graph a page at a time, in whatever order its pages come: each page's nodes, then its
 * relationships. It relies on what every source here does (a file's emitter, a tenant's walk): a
 * node the tenant does not own comes before, or with, the relationships that start at it.
 */
class Surveyor {
  private readonly expected: GraphSummary;
  private readonly created: CreatedSharedNodes = {};
  private readonly warnings = new TruncationWarnings();
  private resources = 0;
  private inbound = false;
  /** The nodes the tenant does not own (context: regions, tags, …): few, so their keys are held. */
  private readonly others = new Set<string>();

  private constructor(
    private readonly store: GraphStore,
    readonly tenantId: string,
    /** Into an empty store (a copy onto a laptop) nothing can be in the way and every shared node is new: no reads needed. */
    private readonly empty: boolean,
  ) {
    this.expected = new GraphSummary(tenantId);
  }

  static async start(store: GraphStore, tenantId: string): Promise<Surveyor> {
    return new Surveyor(store, tenantId, await store.isEmpty());
  }

  /** For a store known to be empty (a staged bulk load): it reads nothing. */
  static ofEmpty(store: GraphStore, tenantId: string): Surveyor {
    return new Surveyor(store, tenantId, true);
  }

  async add(page: { readonly nodes: readonly StoredNode[]; readonly relationships: readonly SliceRelationship[] }): Promise<void> {
    const { nodes, relationships } = page;
    if (nodes.length) {
      for (const n of nodes) if (n.properties.tenant_id !== this.tenantId) this.others.add(`${refOf(n).label}\u0000${refOf(n).key}`);
      if (!this.empty) await assertNoneExists(this.store, nodes);
      const missing = this.empty
        ? Object.fromEntries(keysByLabel(nodes, (n) => !isTenantOwned(n)))
        : await sharedNodesMissingFrom(this.store, { tenantId: this.tenantId, nodes, relationships: [] });
      for (const [label, keys] of Object.entries(missing)) (this.created[label] ??= []).push(...keys);
      this.expected.addNodes(nodes);
      this.warnings.check(nodes);
      this.resources += nodes.filter((n) => layerOf(n.labels) === 'abstracted').length; // as the tenant census counts them (identities are shared nodes)
    }
    if (relationships.length) {
      this.expected.addRelationships(relationships);
      this.inbound ||= relationships.some((r) => this.others.has(`${r.src.label}\u0000${r.src.key}`));
    }
  }

  get result(): Survey {
    return {
      tenantId: this.tenantId,
      expected: this.expected,
      created: this.created,
      resources: this.resources,
      warnings: this.warnings,
      inbound: this.inbound,
    };
  }
}

async function survey(store: GraphStore, graph: GraphStream, tenantId: string): Promise<Survey> {
  const surveyor = await Surveyor.start(store, tenantId);
  for await (const nodes of graph.nodes()) await surveyor.add({ nodes, relationships: [] });
  for await (const relationships of graph.relationships()) await surveyor.add({ nodes: [], relationships });
  return surveyor.result;
}

/** A graph spooled and surveyed in the same pass over its pages: what importGraph takes to skip a survey pass of its own. */
export interface SurveyedSpool {
  readonly spooled: SpooledGraph;
  readonly survey: Survey;
}

/**
 * Spools pages of a tenant (see spoolGraph) and surveys them as they pass (see importGraph): one
 * read of the source instead of a spool and then a read of the spool. Refuses a tenant the store
 * already holds before reading anything.
 */
async function spoolAndSurvey(
  store: GraphStore,
  tenantId: string,
  pages: AsyncIterable<{ readonly nodes: readonly StoredNode[]; readonly relationships: readonly SliceRelationship[] }>,
): Promise<SurveyedSpool> {
  await checkNewTenant(store, undefined, tenantId, NEW_TENANT_FIX);
  const surveyor = await Surveyor.start(store, tenantId);
  async function* surveyed() {
    for await (const page of pages) {
      await surveyor.add(page);
      yield page;
    }
  }
  const spooled = await spoolGraph(tenantId, surveyed());
  return { spooled, survey: surveyor.result };
}

/** The graph as the store writer's chunks: every node first, then the relationships (their ends exist by then). */
async function* chunksOf(graph: GraphStream, rows: number): AsyncGenerator<GraphChunk> {
  for await (const page of graph.nodes()) yield* sliceChunks(page, [], rows);
  for await (const page of graph.relationships()) yield* sliceChunks([], page, rows);
}

/**
 * The tenant as the store holds it, summarised as the survey summarised the graph (keys and
 * relationships only: the nodes outside it are not counted, so not read). A store that can scan
 * the tenant in one pass does (scanTenant); the others are walked in keyset pages.
 */
async function readBack(store: GraphStore, tenantId: string, inbound: boolean): Promise<GraphSummary> {
  const actual = new GraphSummary(tenantId);
  if (store.scanTenant) {
    await store.scanTenant(
      tenantId,
      { inbound },
      { nodes: (label, count) => actual.addOwned(label, count), relationships: (page) => actual.addRelationships(page) },
    );
    return actual;
  }
  for await (const page of walkTenant(store, tenantId, { includeOriginal: true, withProperties: false, inbound, context: false })) {
    actual.addNodes(page.nodes);
    actual.addRelationships(page.relationships);
  }
  return actual;
}

/**
 * Writes a tenant (a graph read from a file or another store, a page at a time) into a store where
 * that tenant does not exist: a survey first (or the one spoolAndSurvey made) (nodes another tenant holds are refused before any
 * write), then one recorded operation, all or nothing (a failure deletes what it wrote, and the
 * shared nodes it created), validated by reading the tenant back: every node present, relationships
 * by type and the very same relationships.
 */
export async function importGraph(store: GraphStore, source: GraphStream, options: ImportSliceOptions, surveyed?: Survey): Promise<ImportResult> {
  const started = performance.now();
  const tenantId = options.tenantId ?? source.tenantId;
  await checkNewTenant(store, undefined, tenantId, NEW_TENANT_FIX);
  const graph = tenantId === source.tenantId ? source : await renamed(source, tenantId);
  const metrics = new OperationMetrics(options.batchSize);
  // A spool surveyed as it was written (spoolAndSurvey) is not surveyed again.
  const found =
    surveyed?.tenantId === tenantId && graph === source
      ? surveyed
      : await metrics.phase(
          'survey',
          () => survey(store, graph, tenantId),
          () => graph.counts.nodes,
        );
  const total = graph.counts.nodes + graph.counts.relationships;
  const { operationId, start } = importStart(tenantId, options, metrics, {
    sourceTenantId: source.tenantId,
    nodes: graph.counts.nodes,
    relationships: graph.counts.relationships,
    createdSharedNodes: found.created,
  });
  // Into an empty SQLite file the whole operation goes to a bulk load's side file (see bulkLoad):
  // a failure or a crash leaves the store as it was, and the rows are written without WAL or
  // per-row index upkeep; the indexes are built when validation first reads the tenant back.
  const run = () =>
    runOperation(store, start, async () => {
      const written = await metrics.phase(
        'write',
        () =>
          writeChunks(store, chunksOf(graph, options.batchSize), {
            batchSize: options.batchSize,
            concurrency: options.concurrency,
            ...(options.signal ? { signal: options.signal } : {}),
            onProgress: (t) => options.onProgress?.(t.nodes + t.relationships, total),
          }),
        (t) => t.nodes + t.relationships,
      );
      return validateImport(store, found, written.relationships, options, operationId, metrics);
    });
  const outcome = await (store.bulkLoad ? store.bulkLoad(run) : run());
  return importResult(store, found, outcome, options, { operationId, started, counts: graph.counts });
}

/** An import's operation as it is recorded before its first write: a new id, the source and these parameters. */
function importStart(tenantId: string, options: ImportSliceOptions, metrics: OperationMetrics, params: Record<string, unknown>) {
  const now = new Date();
  const operationId = newOperationId(now);
  const start: OperationStart = {
    kind: IMPORT_KIND,
    tenantId,
    operationId,
    startedAt: now,
    batchSize: options.batchSize,
    metrics,
    params: { source: options.source, ...params },
    ...(options.signal ? { signal: options.signal } : {}),
  };
  return { operationId, start };
}

/** What an import's work ends with: the tenant read back and compared with the survey, then the copied history recorded. */
async function validateImport(
  store: GraphStore,
  found: Survey,
  relationshipsCreated: number,
  options: ImportSliceOptions,
  operationId: string,
  metrics: OperationMetrics,
): Promise<OperationWork & { readonly operationsCopied: number }> {
  const actual = await metrics.phase(
    'validate',
    () => readBack(store, found.tenantId, found.inbound),
    (s) => s.fingerprint.count,
  );
  let operationsCopied = 0;
  for (const record of options.history ?? []) {
    if (await store.getOperation(record.id)) continue;
    await store.recordOperation({ ...record, params: { ...record.params, copiedWith: operationId } });
    operationsCopied++;
  }
  return { resourcesCreated: found.resources, relationshipsCreated, validation: compareSummaries(found.expected, actual), operationsCopied };
}

function importResult(
  store: GraphStore,
  found: Survey,
  outcome: OperationWork & { readonly operationsCopied: number },
  options: ImportSliceOptions,
  run: { readonly operationId: string; readonly started: number; readonly counts: { readonly nodes: number; readonly relationships: number } },
): ImportResult {
  return {
    warnings: found.warnings.all,
    operationId: run.operationId,
    tenantId: found.tenantId,
    store: store.target,
    nodes: run.counts.nodes,
    relationships: run.counts.relationships,
    seconds: Math.round(performance.now() - run.started) / 1000,
    validation: outcome.validation,
    ...(options.history ? { operationsCopied: outcome.operationsCopied } : {}),
  };
}

/**
 * A tenant's pages (an emitter's or a walk's: nodes and relationships interleaved) written into a
 * store where the tenant does not exist, as importGraph writes a graph. Into an empty store that
 * stages a bulk load (a SQLite file) nothing can be in the way and every shared node is new: the
 * nodes are written as they come and only the relationships wait in a spool until their ends
 * exist — one pass over the pages, the nodes never spooled. Anywhere else the pages are spooled
 * and surveyed (spoolAndSurvey), then imported.
 */
export async function importPages(store: GraphStore, tenantId: string, pages: AsyncIterable<GraphPage>, options: ImportSliceOptions): Promise<ImportResult> {
  const spooledImport = async () => {
    const { spooled, survey } = await spoolAndSurvey(store, tenantId, pages);
    try {
      return await importGraph(store, spooled, options, survey);
    } finally {
      spooled.dispose();
    }
  };
  if (!store.bulkLoad || (options.tenantId ?? tenantId) !== tenantId) return spooledImport();
  await checkNewTenant(store, undefined, tenantId, NEW_TENANT_FIX);
  if (!(await store.isEmpty())) return spooledImport();
  return store.bulkLoad((staged) => (staged ? importAsItComes(store, Surveyor.ofEmpty(store, tenantId), pages, options) : spooledImport()));
}

/** importPages into a staged bulk load: nodes written as their pages come, relationships spooled and written after them. */
async function importAsItComes(store: GraphStore, surveyor: Surveyor, pages: AsyncIterable<GraphPage>, options: ImportSliceOptions): Promise<ImportResult> {
  const started = performance.now();
  const tenantId = surveyor.tenantId;
  const metrics = new OperationMetrics(options.batchSize);
  const spool = new GraphSpool(tenantId);
  const counts = { nodes: 0, relationships: 0 };
  let found: Survey | undefined;
  // The counts and the shared nodes it creates are known once every page is read: the record gets them then, before validation.
  const { operationId, start } = importStart(tenantId, options, metrics, { sourceTenantId: tenantId, createdSharedNodes: {} });
  try {
    const outcome = await runOperation(store, start, async (update) => {
      async function* chunks(): AsyncGenerator<GraphChunk> {
        for await (const page of pages) {
          await surveyor.add(page);
          if (page.relationships.length) await spool.add({ nodes: [], relationships: page.relationships });
          counts.nodes += page.nodes.length;
          counts.relationships += page.relationships.length;
          // Properties in key order, as a spool's lines (and a file export) carry them: the store holds the same bytes either way.
          yield* sliceChunks(
            page.nodes.map((n) => ({ labels: n.labels, properties: sortedProperties(n.properties) })),
            [],
            options.batchSize,
          );
        }
        found = surveyor.result;
        await update({ nodes: counts.nodes, relationships: counts.relationships, createdSharedNodes: found.created });
        const relationships = await spool.finish();
        for await (const page of relationships.relationships()) yield* sliceChunks([], page, options.batchSize);
      }
      const written = await metrics.phase(
        'write',
        () =>
          writeChunks(store, chunks(), {
            batchSize: options.batchSize,
            concurrency: options.concurrency,
            ...(options.signal ? { signal: options.signal } : {}),
            // The total grows as the pages are read: every node is written before the first relationship.
            onProgress: (t) => options.onProgress?.(t.nodes + t.relationships, counts.nodes + counts.relationships),
          }),
        (t) => t.nodes + t.relationships,
      );
      return validateImport(store, found!, written.relationships, options, operationId, metrics);
    });
    return importResult(store, found!, outcome, options, { operationId, started, counts });
  } finally {
    spool.discard();
  }
}

/** Every id of the graph rewritten for another tenant (see rewriteSlice): this needs the graph whole. */
async function renamed(source: GraphStream, tenantId: string): Promise<GraphStream> {
  const slice = await readWhole(source);
  const resources = new Set(
    slice.nodes.filter((n) => n.labels.includes(LABEL.Resource) && !n.labels.includes(LABEL.Original)).map((n) => String(n.properties.id)),
  );
  return sliceStream(rewriteSlice(slice, tenantId, resources).copy);
}

/** importGraph for a slice in memory (what the Azure importers emit). */
export async function importSlice(store: GraphStore, slice: GraphSlice, options: ImportSliceOptions): Promise<ImportResult> {
  return importGraph(store, sliceStream(slice), options);
}
