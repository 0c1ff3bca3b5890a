import neo4j, { type QueryResult, type RecordShape } from 'neo4j-driver';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { DegreeMismatches, OperationNodeGroup } from '../graph-store.js';
import { type BatchGuard, templateNodesGuard, templateRelationshipsGuard, type WriteCounter } from './batch-replay.js';
import * as Q from './hot-queries.js';

export type Run = (query: Q.HotQuery, params?: Record<string, unknown>) => Promise<QueryResult<RecordShape>>;
/** A batch write whose retry does not repeat it (batch-replay.ts), returning `counter`. */
export type WriteBatch = (query: Q.HotQuery, params: Record<string, unknown>, counter: WriteCounter, guard: BatchGuard) => Promise<number>;

/**
 * Template replication pushed down into Neo4j: the server copies each template's properties
 * (`SET c = properties(s)`) and relationships; only copy ids (computed in the domain so both
 * stores agree) travel over Bolt. Needs COLLECT subqueries (Neo4j 5.6+). The queries, and why
 * their plans are pinned, are in hot-queries.ts.
 */
export async function readTemplates(read: Run, scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]> {
  const result = await read(Q.readTemplates(scope, Boolean(types?.length)), {
    tenantId: scope.tenantId,
    subscriptionIds: scope.subscriptionIds ?? [],
    types: types ?? [],
  });
  return result.records.map((r) => ({ id: String(r.get('id')), type: String(r.get('type')), outDegree: Number(r.get('outDegree')) }));
}

export async function replicateNodes(write: WriteBatch, request: NodeReplicationRequest): Promise<number> {
  return write(Q.copyTemplateNodes, { batch: request.batch, markers: request.markers }, 'nodesCreated', templateNodesGuard(request));
}

export async function replicateRelationships(read: Run, write: WriteBatch, request: RelationshipReplicationRequest, dynamicTypes: boolean): Promise<number> {
  const params = { ids: request.templateIds, op: request.operationId };
  if (dynamicTypes) {
    // One query for every type (5.26.1+ dynamic types): a round trip per batch instead of one per type.
    return write(Q.copyTemplateRelationships(), params, 'relationshipsCreated', templateRelationshipsGuard(params));
  }
  // Older servers: one query per relationship type keeps the type literal.
  const types = await read(Q.templateRelationshipTypes, params);
  let created = 0;
  for (const record of types.records) {
    const type = String(record.get('type'));
    created += await write(Q.copyTemplateRelationships(type), params, 'relationshipsCreated', templateRelationshipsGuard(params, type));
  }
  return created;
}

/**
 * Whether the server writes dynamic relationship types correctly — a capability probe, not a version
 * test: one UNWIND batch creates two relationships of two dynamic types inside a transaction that
 * is rolled back, and the types are read back. Older servers reject the syntax; 5.26.0 accepts it
 * and gives both relationships the first type. Any error (syntax, a read-only user) → false: the
 * per-type path works everywhere.
 */
export const DYNAMIC_TYPES_PROBE = `UNWIND ['TENANT_SCALE_PROBE_A', 'TENANT_SCALE_PROBE_B'] AS t
  CREATE (x:TenantScaleProbe)-[r:$(t)]->(x) RETURN collect(type(r)) AS types`;

export function probeShowsDynamicTypes(types: unknown): boolean {
  return Array.isArray(types) && types.length === 2 && types[0] === 'TENANT_SCALE_PROBE_A' && types[1] === 'TENANT_SCALE_PROBE_B';
}

export async function deleteOperationNodes(
  write: Run,
  operationId: string,
  batchSize: number,
  tenantId?: string,
  onBatch?: (deleted: number) => void,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const result = await write(Q.deleteOperationNodes, { op: operationId, limit: neo4j.int(batchSize), tenantId: tenantId ?? null });
    const count = result.summary.counters.updates().nodesDeleted;
    deleted += count;
    if (count === 0) return deleted;
    onBatch?.(count);
  }
}

/** Templates per parity transaction: bounds each transaction's work (hub templates have thousands of edges). */
export const PARITY_PAGE = 500;

/** The operation's nodes grouped by type and marker values, in one pass (the server groups them). */
export async function countOperationNodeGroups(read: Run, operationId: string): Promise<OperationNodeGroup[]> {
  return (await read(Q.operationFacts, { op: operationId })).records.map((r) => ({
    type: String(r.get('key')),
    count: Number(r.get('count')),
    original: Number(r.get('original')),
    relationships: Number(r.get('relationships')),
    marker: {
      synthetic: r.get('synthetic') === true,
      tenantId: nullableString(r.get('tenantId')),
      strategy: nullableString(r.get('strategy')),
      timestamp: nullableString(r.get('timestamp')),
      templateSource: r.get('templateSource') === true,
      copyIndex: r.get('copyIndex') === true,
    },
  }));
}

/** Degree parity, a page of templates per transaction: each page's mismatches are counted server-side. */
export async function countDegreeMismatches(read: Run, operationId: string): Promise<DegreeMismatches> {
  let out = 0;
  let inDegree = 0;
  for (let after = ''; ; ) {
    const page = (await read(Q.operationTemplatePage, { op: operationId, after, limit: neo4j.int(PARITY_PAGE) })).records.map((r) => String(r.get('tid')));
    if (page.length === 0) break;
    const parity = (await read(Q.templateParity, { op: operationId, templateIds: page })).records[0];
    out += Number(parity?.get('outMismatches') ?? 0);
    inDegree += Number(parity?.get('inMismatches') ?? 0);
    after = page[page.length - 1]!;
  }
  return { out, in: inDegree };
}

const nullableString = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
