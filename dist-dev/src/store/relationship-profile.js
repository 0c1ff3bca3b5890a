/** `:A:B` for a node outside the operation: its labels sorted, so both stores name it alike. */
export function labelKey(labels) {
    return `:${[...labels].sort().join(':')}`;
}
//# sourceMappingURL=relationship-profile.js.map