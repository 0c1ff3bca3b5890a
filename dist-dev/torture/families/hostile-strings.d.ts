/** A string built to break a query that pastes it in, or a comparison that is not exact. */
export interface HostileString {
    readonly name: string;
    readonly value: string;
    /** A process argument cannot hold it (NUL): it travels in files only. */
    readonly fileOnly?: boolean;
}
/** Every query language the stores speak, and the ways an id can almost match another. */
export declare const HOSTILE_STRINGS: readonly HostileString[];
