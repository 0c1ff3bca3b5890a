/** Uniform random nodes: the baseline every topology-aware sampler must beat. */
export function randomNode(_graph, sample, rng) {
    while (!sample.full)
        sample.add(sample.randomOpen(rng));
}
//# sourceMappingURL=random-node.js.map