/**
 * A map from 64-bit hashes (16 hex characters, as `hex64` makes them) to a 32-bit number and a
 * 16-bit tag, in typed arrays: about 25 bytes an entry where a Map of strings takes 140, so an
 * index of a million Azure resources costs 25 MB instead of 140. Open addressing with linear
 * probing, doubled at half full. Written here because the JavaScript map libraries key by strings
 * or objects, not by packed 64-bit integers.
 */
export declare class Hash64Table {
    private high;
    private low;
    private numbers;
    private tags;
    private used;
    private count;
    constructor(capacity?: number);
    get size(): number;
    /** The entry of a key, or undefined. */
    get(key: string): {
        number: number;
        tag: number;
    } | undefined;
    has(key: string): boolean;
    /** Sets a key's entry (replacing one already there). */
    set(key: string, number: number, tag: number): void;
    /** Every entry, keys as 16 hex characters again. */
    entries(): Generator<[string, number, number]>;
    /** The slot holding the key, or the empty slot where it would go. */
    private find;
    private grow;
}
