/**
 * An order-independent digest of a multiset of strings in constant memory: the sums (mod 2^32) of
 * two independent 32-bit FNV-1a hashes of each item, and the item count. Two multisets that differ
 * give different fingerprints except with probability about 2^-64, whatever the order they were
 * added in — which lets a copy be checked against its source one page at a time, without holding
 * either side. Written here because hash libraries digest sequences (order matters), not multisets.
 */
export class MultisetFingerprint {
    a = 0;
    b = 0;
    n = 0;
    add(item) {
        let h1 = 0x811c9dc5;
        let h2 = 0x01000193 ^ item.length;
        for (let i = 0; i < item.length; i++) {
            const c = item.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 0x01000193);
            h2 = Math.imul(h2 ^ c, 0x5bd1e995);
            h2 ^= h2 >>> 15;
        }
        this.a = (this.a + (h1 >>> 0)) >>> 0;
        this.b = (this.b + (h2 >>> 0)) >>> 0;
        this.n++;
    }
    get count() {
        return this.n;
    }
    equals(other) {
        return this.a === other.a && this.b === other.b && this.n === other.n;
    }
    toString() {
        return `${this.n}:${this.a.toString(16).padStart(8, '0')}${this.b.toString(16).padStart(8, '0')}`;
    }
}
//# sourceMappingURL=multiset-fingerprint.js.map