/** Property-graph records exchanged between the domain and the stores. No I/O here. */
export {};
//# sourceMappingURL=graph.js.map