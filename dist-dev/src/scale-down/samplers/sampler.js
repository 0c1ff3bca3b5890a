export {};
//# sourceMappingURL=sampler.js.map