import type { Properties } from '../src/domain/graph.js';
/** An Original-layer node as `az graph query -q Resources -o json` prints the resource (what I0 and the memory bench import). */
export declare function resourceGraphRow(p: Properties): Record<string, unknown>;
