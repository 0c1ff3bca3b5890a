import type { GraphChunk } from '../domain/graph.js';
import type { StoredNode } from '../store/graph-store.js';
import { type SliceRelationship } from './graph-slice.js';
/**
 * A node a tenant owns (it carries tenant_id) is created; a node without one (Region, Tag,
 * RoleDefinition) is shared between tenants and merged, so writing never duplicates it.
 */
export declare const isTenantOwned: (node: StoredNode) => boolean;
/** The keys of the nodes a test picks, grouped by the label they are keyed under (what the by-key store reads take). */
export declare function keysByLabel(nodes: readonly StoredNode[], pick: (node: StoredNode) => boolean): Map<string, string[]>;
/**
 * Nodes and relationships as the chunks the store writer takes: nodes first (grouped by label set,
 * `rows` per chunk), then relationships (grouped by type and endpoint labels). Every node row gets
 * its key as `id` (a Region's `code`), which the writer requires.
 */
export declare function sliceChunks(nodes: readonly StoredNode[], relationships: readonly SliceRelationship[], rows: number): Generator<GraphChunk>;
