/**
 * The pure arithmetic of template scale-up (k·E relationships, largest-remainder type split), shared by every store's replication:
 * how many copies each type and each template gets, and where copy j of an edge points.
 */
/**
 * Synthetic copies per type for a scale factor: the total is round(base × (factor − 1)), split by
 * largest remainder so each type's share is within one resource of base_type × (factor − 1).
 */
export declare function allocateCopiesByType(baseCounts: ReadonlyMap<string, number>, factor: number): Map<string, number>;
/**
 * Copies of the template at `index` (0-based, in a deterministic order) among `templates` of a
 * type that gets `typeCopies`: everyone gets ⌊C/n⌋, the first C mod n get one more.
 */
export declare function copiesOfTemplate(index: number, templates: number, typeCopies: number): number;
/**
 * Where copy `j` of an edge's source points: copy j of the target when it has one, else an existing
 * copy (j mod copies), else the target itself. `null` means "the original target node".
 */
export declare function targetCopyIndex(j: number, targetCopies: number): number | null;
