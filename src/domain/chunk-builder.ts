import type { GraphChunk, NodeBatch, Properties, RelationshipRow } from './graph.js';

interface NodeGroup {
  mode: NodeBatch['mode'];
  labels: string[];
  rows: (Properties & { id: string })[];
}

interface RelGroup {
  type: string;
  srcLabel: string;
  dstLabel: string;
  rows: RelationshipRow[];
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Accumulates nodes (grouped by label set and mode) and relationships (grouped by type and endpoint
 * labels) into one GraphChunk, so every group becomes one `UNWIND` query shape / prepared statement.
 */
export class ChunkBuilder {
  private nodes = new Map<string, NodeGroup>();
  private rels = new Map<string, RelGroup>();
  // The last group each side used: consecutive rows mostly share one, and finding it again
  // without building a key string saves an allocation per row on the generators' hot path.
  private lastNodes: NodeGroup | undefined;
  private lastRels: RelGroup | undefined;
  private resourceCount = 0;
  private rowCount = 0;

  addNode(labels: string[], row: Properties & { id: string }, mode: NodeBatch['mode'] = 'create'): void {
    let group = this.lastNodes;
    if (!group || group.mode !== mode || !sameLabels(group.labels, labels)) {
      const key = `${mode}|${labels.join(':')}`;
      group = this.nodes.get(key);
      if (!group) this.nodes.set(key, (group = { mode, labels, rows: [] }));
      this.lastNodes = group;
    }
    group.rows.push(row);
    this.rowCount++;
  }

  addRelationship(type: string, srcLabel: string, src: string, dstLabel: string, dst: string): void {
    let group = this.lastRels;
    if (!group || group.type !== type || group.srcLabel !== srcLabel || group.dstLabel !== dstLabel) {
      const key = `${type}|${srcLabel}|${dstLabel}`;
      group = this.rels.get(key);
      if (!group) this.rels.set(key, (group = { type, srcLabel, dstLabel, rows: [] }));
      this.lastRels = group;
    }
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
    this.lastNodes = undefined;
    this.lastRels = undefined;
    this.resourceCount = 0;
    this.rowCount = 0;
    return chunk;
  }
}
