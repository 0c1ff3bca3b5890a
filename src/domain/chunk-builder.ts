import type { GraphChunk, NodeBatch, Properties, RelationshipRow } from './graph.js';

/**
 * Accumulates nodes (grouped by label set and mode) and relationships (grouped by type and endpoint
 * labels) into one GraphChunk, so every group becomes one `UNWIND` query shape / prepared statement.
 */
export class ChunkBuilder {
  private nodes = new Map<string, { mode: NodeBatch['mode']; labels: string[]; rows: (Properties & { id: string })[] }>();
  private rels = new Map<string, { type: string; srcLabel: string; dstLabel: string; rows: RelationshipRow[] }>();
  private resourceCount = 0;
  private rowCount = 0;

  addNode(labels: string[], row: Properties & { id: string }, mode: NodeBatch['mode'] = 'create'): void {
    const key = `${mode}|${labels.join(':')}`;
    let group = this.nodes.get(key);
    if (!group) this.nodes.set(key, (group = { mode, labels, rows: [] }));
    group.rows.push(row);
    this.rowCount++;
  }

  addRelationship(type: string, srcLabel: string, src: string, dstLabel: string, dst: string): void {
    const key = `${type}|${srcLabel}|${dstLabel}`;
    let group = this.rels.get(key);
    if (!group) this.rels.set(key, (group = { type, srcLabel, dstLabel, rows: [] }));
    group.rows.push({ src, dst });
    this.rowCount++;
  }

  countResource(): void {
    this.resourceCount++;
  }

  get resources(): number {
    return this.resourceCount;
  }

  /** Nodes plus relationships held so far. */
  get size(): number {
    return this.rowCount;
  }

  /** Returns what was accumulated and starts empty again. */
  take(): GraphChunk {
    const chunk: GraphChunk = {
      nodes: [...this.nodes.values()],
      relationships: [...this.rels.values()],
      resources: this.resourceCount,
    };
    this.nodes = new Map();
    this.rels = new Map();
    this.resourceCount = 0;
    this.rowCount = 0;
    return chunk;
  }
}
