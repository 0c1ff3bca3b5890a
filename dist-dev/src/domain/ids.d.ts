/** 16 hex chars (64 bits) of SHA-256: deterministic and, at 64 bits, collision-free in practice at 10^6–10^7 ids. */
export declare function hex64(input: string): string;
/**
 * Abstracted-layer id `<prefix>-<16 hex>`. ATG hashes only the resource name (so two subnets
 * called `default` merge); we hash the full ARM id so they never do.
 */
export declare function abstractedId(type: string, armId: string): string;
/** Synthetic id `synthetic-<prefix>-<16 hex>` from (operation, source, copy index). */
export declare function syntheticId(type: string, operationId: string, sourceId: string, copyIndex: number): string;
/** Operation id `scale-YYYYMMDDTHHMMSS-<8 hex>` (UTC). */
export declare function newOperationId(now?: Date, random?: () => string): string;
export declare const OPERATION_ID_PATTERN: RegExp;
/**
 * Synthetic ids for the k-th member of a large sequence (random scale-up's k-th resource of a
 * type), without a SHA-256 per id: the operation and source are hashed once into two 32-bit keys,
 * then each k costs two integer mixes. The low half is a bijection of k, so ids within a sequence
 * never collide (for k < 2^32); across operations and sources the 64 bits differ like a hash's.
 * Measured: 5× faster than syntheticId per id, and no Hash objects for the GC.
 */
export declare function syntheticIdSequence(type: string, operationId: string, sourceId: string): (k: number) => string;
