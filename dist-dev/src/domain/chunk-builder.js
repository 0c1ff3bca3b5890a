function sameLabels(a, b) {
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * Accumulates nodes (grouped by label set and mode) and relationships (grouped by type and endpoint
 * labels) into one GraphChunk, so every group becomes one `UNWIND` query shape / prepared statement.
 */
export class ChunkBuilder {
    nodes = new Map();
    rels = new Map();
    // The last group each side used: consecutive rows mostly share one, and finding it again
    // without building a key string saves an allocation per row on the generators' hot path.
    lastNodes;
    lastRels;
    resourceCount = 0;
    rowCount = 0;
    addNode(labels, row, mode = 'create') {
        let group = this.lastNodes;
        if (!group || group.mode !== mode || !sameLabels(group.labels, labels)) {
            const key = `${mode}|${labels.join(':')}`;
            group = this.nodes.get(key);
            if (!group)
                this.nodes.set(key, (group = { mode, labels, rows: [] }));
            this.lastNodes = group;
        }
        group.rows.push(row);
        this.rowCount++;
    }
    addRelationship(type, srcLabel, src, dstLabel, dst) {
        let group = this.lastRels;
        if (!group || group.type !== type || group.srcLabel !== srcLabel || group.dstLabel !== dstLabel) {
            const key = `${type}|${srcLabel}|${dstLabel}`;
            group = this.rels.get(key);
            if (!group)
                this.rels.set(key, (group = { type, srcLabel, dstLabel, rows: [] }));
            this.lastRels = group;
        }
        group.rows.push({ src, dst });
        this.rowCount++;
    }
    countResource() {
        this.resourceCount++;
    }
    get resources() {
        return this.resourceCount;
    }
    /** Nodes plus relationships held so far. */
    get size() {
        return this.rowCount;
    }
    /** Returns what was accumulated and starts empty again. */
    take() {
        const chunk = {
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
//# sourceMappingURL=chunk-builder.js.map