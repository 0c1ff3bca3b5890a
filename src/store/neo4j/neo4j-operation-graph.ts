import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { OperationGraph, RelationshipProfileRow } from '../graph-store.js';
import { labelKey } from '../relationship-profile.js';

type Read = (query: string, params: Record<string, unknown>) => Promise<QueryResult<RecordShape>>;

export async function operationRelationshipProfile(read: Read, operationId: string): Promise<RelationshipProfileRow[]> {
  const result = await read(
    `MATCH (n:Resource {scale_operation_id: $op})-[r]->(m)
     WITH n.type AS from, type(r) AS type, m.scale_operation_id = $op AS own, m
     RETURN from, type, CASE WHEN own THEN m.type END AS toType, CASE WHEN own THEN null ELSE labels(m) END AS toLabels, count(*) AS count`,
    { op: operationId },
  );
  return result.records.map((r) => ({
    from: String(r.get('from')),
    type: String(r.get('type')),
    to: (r.get('toType') as string | null) ?? labelKey((r.get('toLabels') as string[] | null) ?? []),
    count: Number(r.get('count')),
  }));
}

export async function readOperationGraph(read: Read, operationId: string): Promise<OperationGraph> {
  const nodes = await read(
    `MATCH (n:Resource {scale_operation_id: $op})
     RETURN n.id AS id, n.type AS type, n.scenario_stamp AS stamp, n.scenario_role AS role ORDER BY id`,
    { op: operationId },
  );
  const rels = await read(
    `MATCH (s:Resource {scale_operation_id: $op})-[r]->(d:Resource {scale_operation_id: $op})
     RETURN s.id AS src, type(r) AS type, d.id AS dst ORDER BY src, type, dst`,
    { op: operationId },
  );
  return {
    nodes: nodes.records.map((r) => ({ id: String(r.get('id')), type: String(r.get('type')), stamp: (r.get('stamp') as string | null) ?? null, role: (r.get('role') as string | null) ?? null })),
    relationships: rels.records.map((r) => ({ src: String(r.get('src')), type: String(r.get('type')), dst: String(r.get('dst')) })),
  };
}
