/**
 * A map from 64-bit hashes (16 hex characters, as `hex64` makes them) to a 32-bit number and a
 * 16-bit tag, in typed arrays: about 25 bytes an entry where a Map of strings takes 140, so an
 * index of a million Azure resources costs 25 MB instead of 140. Open addressing with linear
 * probing, doubled at half full. Written here because the JavaScript map libraries key by strings
 * or objects, not by packed 64-bit integers.
 */
export class Hash64Table {
    high;
    low;
    numbers;
    tags;
    used;
    count = 0;
    constructor(capacity = 1024) {
        const slots = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
        this.high = new Uint32Array(slots);
        this.low = new Uint32Array(slots);
        this.numbers = new Uint32Array(slots);
        this.tags = new Uint16Array(slots);
        this.used = new Uint8Array(slots);
    }
    get size() {
        return this.count;
    }
    /** The entry of a key, or undefined. */
    get(key) {
        const slot = this.find(parseInt(key.slice(0, 8), 16), parseInt(key.slice(8, 16), 16));
        return this.used[slot] ? { number: this.numbers[slot], tag: this.tags[slot] } : undefined;
    }
    has(key) {
        return this.get(key) !== undefined;
    }
    /** Sets a key's entry (replacing one already there). */
    set(key, number, tag) {
        if (!/^[0-9a-f]{16}$/.test(key))
            throw new RangeError(`not a 64-bit hex key: ${key}`);
        if ((this.count + 1) * 2 > this.used.length)
            this.grow();
        const high = parseInt(key.slice(0, 8), 16);
        const low = parseInt(key.slice(8, 16), 16);
        const slot = this.find(high, low);
        if (!this.used[slot]) {
            this.used[slot] = 1;
            this.high[slot] = high;
            this.low[slot] = low;
            this.count++;
        }
        this.numbers[slot] = number;
        this.tags[slot] = tag;
    }
    /** Every entry, keys as 16 hex characters again. */
    *entries() {
        for (let i = 0; i < this.used.length; i++) {
            if (this.used[i])
                yield [`${this.high[i].toString(16).padStart(8, '0')}${this.low[i].toString(16).padStart(8, '0')}`, this.numbers[i], this.tags[i]];
        }
    }
    /** The slot holding the key, or the empty slot where it would go. */
    find(high, low) {
        const mask = this.used.length - 1;
        // The key is a hash already: its low bits spread evenly.
        for (let slot = low & mask;; slot = (slot + 1) & mask) {
            if (!this.used[slot] || (this.high[slot] === high && this.low[slot] === low))
                return slot;
        }
    }
    grow() {
        const old = { high: this.high, low: this.low, numbers: this.numbers, tags: this.tags, used: this.used };
        const slots = old.used.length * 2;
        this.high = new Uint32Array(slots);
        this.low = new Uint32Array(slots);
        this.numbers = new Uint32Array(slots);
        this.tags = new Uint16Array(slots);
        this.used = new Uint8Array(slots);
        for (let i = 0; i < old.used.length; i++) {
            if (!old.used[i])
                continue;
            const slot = this.find(old.high[i], old.low[i]);
            this.used[slot] = 1;
            this.high[slot] = old.high[i];
            this.low[slot] = old.low[i];
            this.numbers[slot] = old.numbers[i];
            this.tags[slot] = old.tags[i];
        }
    }
}
//# sourceMappingURL=hash64-table.js.map