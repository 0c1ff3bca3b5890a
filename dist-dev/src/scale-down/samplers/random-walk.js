import { degree, neighbour } from '../compact-graph.js';
export const RANDOM_WALK_DEFAULTS = { restartProbability: 0.15 };
/** Steps without a new node after which a walk is abandoned for a fresh start (a walk trapped in a small component). */
export const STALL_STEPS = 1_000;
/**
 * Random walk with restart (Leskovec & Faloutsos 2006): from a random start, step to a random
 * neighbour (the graph as undirected); with probability c fly back to the start. A walk that finds
 * no new node for STALL_STEPS steps (its component is exhausted) starts again at a random
 * unsampled node.
 */
export function randomWalk(graph, sample, rng, params = RANDOM_WALK_DEFAULTS) {
    walk(graph, sample, rng, params.restartProbability, 'restart');
}
/**
 * Random jump: as the random walk, but with probability c the walk jumps to a random unsampled
 * node instead of returning to its start, so it is never trapped.
 */
export function randomJump(graph, sample, rng, params = RANDOM_WALK_DEFAULTS) {
    walk(graph, sample, rng, params.restartProbability, 'jump');
}
function walk(graph, sample, rng, c, mode) {
    let start = sample.randomOpen(rng);
    let v = start;
    sample.add(v);
    let stalled = 0;
    while (!sample.full) {
        const d = degree(graph, v);
        if (d === 0 || stalled >= STALL_STEPS) {
            start = v = sample.randomOpen(rng);
            stalled = 0;
        }
        else if (rng.chance(c)) {
            if (mode === 'jump')
                v = sample.randomOpen(rng);
            else
                v = start;
        }
        else {
            v = neighbour(graph, v, Math.floor(rng.next() * d));
        }
        if (sample.add(v))
            stalled = 0;
        else
            stalled++;
    }
}
//# sourceMappingURL=random-walk.js.map