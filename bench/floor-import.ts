import type { ArmResource } from '../src/domain/atg-catalog/arm-resource.js';
import { TenantEmitter } from '../src/domain/atg-catalog/emit-tenant.js';
import type { GraphChunk } from '../src/domain/graph.js';
import type { SliceRelationship, StoredNode } from '../src/domain/graph-slice.js';
import { sliceChunks } from '../src/slice/slice-chunks.js';
import { fromResourceGraph } from '../src/transfer/read-azure-resources.js';
import { runGeneratedFloor } from './floor-chunks.js';
import { linesOf } from './floor-plain.js';
import type { FloorResult, FloorTarget } from './floor-writer.js';

/** The scan time the floor's nodes carry. */
const UPDATED_AT = '2026-01-01T00:00:00Z';
/** Rows per chunk, as the slice's chunks (sliceChunks) the I0 floor wrote before it streamed. */
const CHUNK_ROWS = 10_000;

/**
 * The import floor (I0, I1): the plainest version of the work an import cannot avoid, in its clock.
 * The file (a resource-graph file laid one row a line: `[`, each row and its comma, `]`) read with a
 * plain line reader, each row parsed by `JSON.parse` and read as a resource (`fromResourceGraph`: the
 * same checks as ours), every resource held; the tenant's two layers emitted as `emitTenant` does
 * (TenantEmitter: every resource indexed, then each emitted in turn); then the plainest bulk write
 * (floor-chunks.ts) of the emitted nodes as they come, and of the relationships, held until the last
 * node is written. The chunks are the ones `emitTenant`'s slice would make (sliceChunks, 10k rows,
 * built outside the clock); memory holds the resources and the relationships, not the file, nor the
 * emitted nodes (at 10^6: a ~900 MB file, ~2.1M nodes). No survey, no spool, no validation.
 */
export async function runImportFloor(target: FloorTarget, file: string, tenantId: string, concurrency: number): Promise<FloorResult> {
  const started = performance.now();
  const resources: (ArmResource | undefined)[] = [];
  for (const line of linesOf(file)) {
    if (line === '[' || line === ']' || line === '') continue;
    resources.push(fromResourceGraph(file, `$[${resources.length}]`, JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line)));
  }
  const emitter = new TenantEmitter(tenantId, UPDATED_AT);
  for (const resource of resources) emitter.indexItem([resource!]);
  const read = (performance.now() - started) / 1000;
  const emitting = { seconds: 0 };
  const written = await runGeneratedFloor(target, emitted(emitter, resources, emitting), concurrency);
  return { seconds: read + emitting.seconds + written.seconds, nodes: written.nodes, relationships: written.relationships, concurrency: written.concurrency };
}

/** emitTenant's second pass, its slice passed on in chunks as it grows: each resource's emission timed (`spent`), the chunking not. */
function* emitted(emitter: TenantEmitter, resources: (ArmResource | undefined)[], spent: { seconds: number }): Generator<GraphChunk> {
  const nodes: StoredNode[] = [];
  const relationships: SliceRelationship[] = [];
  for (let i = 0; i < resources.length; i++) {
    const started = performance.now();
    const part = emitter.emitItem([resources[i]!]);
    nodes.push(...part.nodes);
    relationships.push(...part.relationships);
    spent.seconds += (performance.now() - started) / 1000;
    resources[i] = undefined; // emitted: let go
    if (nodes.length >= CHUNK_ROWS) yield* sliceChunks(nodes.splice(0, CHUNK_ROWS), [], CHUNK_ROWS);
  }
  yield* sliceChunks(nodes, relationships, CHUNK_ROWS);
}
