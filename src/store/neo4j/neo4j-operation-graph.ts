import type { OperationGraph, RelationshipProfileRow } from '../graph-store.js';
import { labelKey } from '../relationship-profile.js';
import * as Q from './hot-queries.js';
import type { Run } from './neo4j-template-replication.js';

export async function operationRelationshipProfile(read: Run, operationId: string): Promise<RelationshipProfileRow[]> {
  const result = await read(Q.operationRelationshipProfile, { op: operationId });
  return result.records.map((r) => ({
    from: String(r.get('from')),
    type: String(r.get('type')),
    to: (r.get('toType') as string | null) ?? labelKey((r.get('toLabels') as string[] | null) ?? []),
    count: Number(r.get('count')),
  }));
}

export async function readOperationGraph(read: Run, operationId: string): Promise<OperationGraph> {
  const nodes = await read(Q.operationGraphNodes, { op: operationId });
  const rels = await read(Q.operationGraphRelationships, { op: operationId });
  return {
    nodes: nodes.records.map((r) => ({
      id: String(r.get('id')),
      type: String(r.get('type')),
      stamp: (r.get('stamp') as string | null) ?? null,
      role: (r.get('role') as string | null) ?? null,
    })),
    relationships: rels.records.map((r) => ({ src: String(r.get('src')), type: String(r.get('type')), dst: String(r.get('dst')) })),
  };
}
