import type { GraphStore } from '../index.js';
export interface GraphView {
    /** The resource the view is centred on (the first whose id, name or type holds the query). */
    readonly centre: string | null;
    readonly nodes: readonly {
        readonly id: string;
        readonly type: string;
        readonly name: string;
        readonly synthetic: boolean;
        readonly hops: number;
    }[];
    readonly edges: readonly {
        readonly src: string;
        readonly dst: string;
        readonly type: string;
    }[];
    /** The bound was reached: there is more around it. */
    readonly truncated: boolean;
}
export declare const MAX_VIEW_NODES = 20000;
/**
 * The resources around one (breadth first, relationships both ways, resources only) up to `limit`
 * nodes: what the Graph page draws. Generic store reads only (a page of resources, nodes and
 * relationships by key), the same on every store.
 */
export declare function neighbourhood(store: GraphStore, tenantId: string, query: string, limit: number): Promise<GraphView>;
