import type { GraphStore } from '../src/store/graph-store.js';
/**
 * Gives the store the statistics and cached plans of a used server, as B3c measures on: a tiny
 * tenant scaled up (plans cached while the operation indexes hold a few hundred entries), then
 * 10^6 resources sharing one template_source_id written and deleted again (index samples of a
 * mass write that a mass delete leaves stale). Everything it writes is gone afterwards, but the
 * server's statistics and plan cache remember it. Not timed.
 */
export declare function churn(store: GraphStore): Promise<void>;
