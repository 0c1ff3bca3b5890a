export {};
//# sourceMappingURL=scale-up-types.js.map