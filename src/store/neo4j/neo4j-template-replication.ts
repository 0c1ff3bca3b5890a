import neo4j, { type QueryResult, type RecordShape } from 'neo4j-driver';
import { REL } from '../../domain/atg-schema.js';
import type { NodeReplicationRequest, RelationshipReplicationRequest, TemplateInfo } from '../../domain/template-replication.js';
import { PROPERTIES_NOT_COPIED } from '../../domain/template-replication.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import type { OperationInspection } from '../graph-store.js';
import { ABSTRACTED_PREDICATE, quoteName, scopePredicate } from './cypher.js';

type Run = (query: string, params?: Record<string, unknown>) => Promise<QueryResult<RecordShape>>;

/**
 * Template replication pushed down into Neo4j: the server copies each template's properties
 * (`SET c = properties(s)`) and relationships; only copy ids (computed in the domain so both
 * stores agree) travel over Bolt. Needs COLLECT subqueries (Neo4j 5.6+).
 */
export async function readTemplates(read: Run, scope: TenantScope, types?: readonly string[]): Promise<TemplateInfo[]> {
  const result = await read(
    `MATCH (n:Resource)
     WHERE ${ABSTRACTED_PREDICATE} AND (n.synthetic IS NULL OR n.synthetic = false) AND n.type IS NOT NULL
       AND ${scopePredicate(scope)} ${types?.length ? 'AND n.type IN $types' : ''}
     RETURN n.id AS id, n.type AS type, COUNT { (n)-[r]->() WHERE type(r) <> '${REL.SCAN_SOURCE_NODE}' } AS outDegree
     ORDER BY type, id`,
    { tenantId: scope.tenantId, subscriptionIds: scope.subscriptionIds ?? [], types: types ?? [] },
  );
  return result.records.map((r) => ({ id: String(r.get('id')), type: String(r.get('type')), outDegree: Number(r.get('outDegree')) }));
}

export async function replicateNodes(write: Run, request: NodeReplicationRequest): Promise<number> {
  const result = await write(
    `UNWIND $batch AS t
     MATCH (s:Resource {id: t.templateId})
     UNWIND range(0, size(t.copyIds) - 1) AS j
     CREATE (c:Resource)
     // One map, so the copy never holds the template's id (the unique constraint checks each SET).
     SET c = s {.*, id: t.copyIds[j], name: t.copyIds[j],
                abstracted_id: CASE WHEN s.abstracted_id IS NULL THEN null ELSE t.copyIds[j] END,
                template_source_id: s.id, template_copy_index: j,
                ${PROPERTIES_NOT_COPIED.map((p) => `${quoteName(p)}: null`).join(', ')}}
     SET c += $markers`,
    { batch: request.batch, markers: request.markers },
  );
  return result.summary.counters.updates().nodesCreated;
}

export async function replicateRelationships(read: Run, write: Run, request: RelationshipReplicationRequest, dynamicTypes: boolean): Promise<number> {
  const params = { ids: request.templateIds, op: request.operationId };
  // The hints pin the template_source_id index: with fresh statistics the planner sometimes picked the
  // scale_operation_id index and scanned every copy per row (measured: 18.6 s instead of 2.2 s at B3).
  const copyRelationships = (match: string, create: string) =>
    `UNWIND $ids AS tid
     MATCH (t:Resource {id: tid})-[${match}]->(x) ${dynamicTypes ? `WHERE type(r) <> '${REL.SCAN_SOURCE_NODE}'` : ''}
     WITH t, r, x, COLLECT { MATCH (y:Resource {template_source_id: x.id}) USING INDEX y:Resource(template_source_id) WHERE y.scale_operation_id = $op RETURN y ORDER BY y.template_copy_index } AS xs
     MATCH (c:Resource {template_source_id: t.id}) USING INDEX c:Resource(template_source_id) WHERE c.scale_operation_id = $op
     WITH c, r, CASE WHEN size(xs) = 0 THEN x ELSE xs[c.template_copy_index % size(xs)] END AS target
     CREATE (c)-[${create}]->(target)`;
  if (dynamicTypes) {
    // One query for every type (5.26+ dynamic types): a round trip per batch instead of one per type.
    const result = await write(copyRelationships('r', ':$(type(r))'), params);
    return result.summary.counters.updates().relationshipsCreated;
  }
  // Older servers: one query per relationship type keeps the type literal.
  const types = await read(
    `UNWIND $ids AS tid MATCH (:Resource {id: tid})-[r]->() WHERE type(r) <> '${REL.SCAN_SOURCE_NODE}' RETURN DISTINCT type(r) AS type`,
    params,
  );
  let created = 0;
  for (const record of types.records) {
    const type = quoteName(String(record.get('type')));
    const result = await write(copyRelationships(`r:${type}`, `:${type}`), params);
    created += result.summary.counters.updates().relationshipsCreated;
  }
  return created;
}

/**
 * Dynamic labels and types (`:$(expr)`) arrived in 5.26; 5.26.0 silently gave every relationship of
 * an UNWIND batch the same type, so it and older servers take the per-type path.
 */
export function supportsDynamicTypes(version: string): boolean {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return major > 5 || (major === 5 && (minor > 26 || (minor === 26 && patch >= 1)));
}

export async function deleteOperationNodes(write: Run, operationId: string, batchSize: number): Promise<number> {
  let deleted = 0;
  for (;;) {
    const result = await write('MATCH (n:Resource {scale_operation_id: $op}) WITH n LIMIT $limit DETACH DELETE n', { op: operationId, limit: neo4j.int(batchSize) });
    const count = result.summary.counters.updates().nodesDeleted;
    deleted += count;
    if (count === 0) return deleted;
  }
}

export async function inspectOperation(read: Run, operationId: string): Promise<OperationInspection> {
  const one = async (query: string): Promise<number> => Number((await read(query, { op: operationId })).records[0]?.get(0) ?? 0);
  const sameMultiset = 'size(a) = size(b) AND all(x IN a WHERE size([y IN a WHERE y = x]) = size([y IN b WHERE y = x]))';
  // One pass over the operation's nodes for the per-node facts; the degree-parity queries run only
  // when the operation has template copies (scenario and random operations have none).
  const perType = await read(
    `MATCH (n:Resource {scale_operation_id: $op})
     RETURN n.type AS key, count(*) AS count,
            sum(CASE WHEN n:Original THEN 1 ELSE 0 END) AS original,
            sum(CASE WHEN n.synthetic IS NULL OR n.synthetic <> true OR n.tenant_id IS NULL OR n.generation_strategy IS NULL OR n.generation_timestamp IS NULL
                       OR (n.generation_strategy = 'template' AND n.template_source_id IS NULL) THEN 1 ELSE 0 END) AS missing,
            sum(CASE WHEN n.template_source_id IS NULL THEN 0 ELSE 1 END) AS copies
     ORDER BY count DESC, key`,
    { op: operationId },
  );
  const total = (field: string) => perType.records.reduce((sum, r) => sum + Number(r.get(field)), 0);
  const copies = total('copies');
  return {
    nodes: total('count'),
    byType: perType.records.map((r) => ({ key: String(r.get('key')), count: Number(r.get('count')) })),
    originalContamination: total('original') + (await one(`MATCH (n:Resource {scale_operation_id: $op})-[r:${REL.SCAN_SOURCE_NODE}]-() RETURN count(r)`)),
    missingMarkers: total('missing'),
    parityMismatches: copies === 0 ? 0 : await one(
      `MATCH (c:Resource {scale_operation_id: $op}) MATCH (t:Resource {id: c.template_source_id})
       WITH c, [(c)-[r]->() | type(r)] AS a, [(t)-[r]->() WHERE type(r) <> '${REL.SCAN_SOURCE_NODE}' | type(r)] AS b
       WHERE NOT (${sameMultiset})
       RETURN count(c)`,
    ),
    inDegreeMismatches: copies === 0 ? 0 : await one(
      `MATCH (c:Resource {scale_operation_id: $op}) MATCH (t:Resource {id: c.template_source_id})
       WITH c, [(c)<-[r]-() | type(r)] AS a,
            [(t)<-[r]-(s) WHERE type(r) <> '${REL.SCAN_SOURCE_NODE}' AND EXISTS { MATCH (y:Resource {template_source_id: s.id}) WHERE y.scale_operation_id = $op } | type(r)] AS b
       WHERE NOT (${sameMultiset})
       RETURN count(c)`,
    ),
    // As the SQLite adapter: relationships leaving template copies (0 for scenario and random operations).
    relationships: copies === 0 ? 0 : await one('MATCH (c:Resource {scale_operation_id: $op})-[r]->() RETURN count(r)'),
  };
}
