import { type GraphSlice } from '../../io/graph-slice.js';
import type { TenantGraphReads } from '../../store/graph-store.js';
/**
 * Everything deleting these abstracted resources removes: the resources, their Original twins (an
 * Original without its abstracted node would be an orphan) and every relationship touching either,
 * whatever is at the other end — exactly what a restore has to put back. Each relationship is
 * taken once: all that leave a removed node, and those entering one from a node that stays.
 */
export declare function collectRemoval(store: TenantGraphReads, tenantId: string, resourceIds: readonly string[]): Promise<GraphSlice>;
