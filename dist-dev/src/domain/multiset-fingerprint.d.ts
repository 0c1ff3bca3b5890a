/**
 * An order-independent digest of a multiset of strings in constant memory: the sums (mod 2^32) of
 * two independent 32-bit FNV-1a hashes of each item, and the item count. Two multisets that differ
 * give different fingerprints except with probability about 2^-64, whatever the order they were
 * added in — which lets a copy be checked against its source one page at a time, without holding
 * either side. Written here because hash libraries digest sequences (order matters), not multisets.
 */
export declare class MultisetFingerprint {
    private a;
    private b;
    private n;
    add(item: string): void;
    get count(): number;
    equals(other: MultisetFingerprint): boolean;
    toString(): string;
}
