import { type Expected } from './expected-outcome.js';
import type { HostileString } from './hostile-strings.js';
/** The tenant the hostile import files carry (not in the base store). */
export declare const TENANT_C = "cccccccc-7000-4000-8000-00000000000c";
/** What the files a case may use are, by placeholder. */
export interface InjectionPaths {
    readonly db: string;
    readonly dir: string;
    readonly backup: string;
    /** Tenant C exported as json (with its Original layer), for --as-tenant. */
    readonly exportOfC: string;
}
export interface InjectionCase {
    readonly command: string;
    /** The table's fault column: the flag or file field the hostile string travels in. */
    readonly fault: string;
    /** How the run must end for this string, from the string alone: refused (and why), written, or a file. */
    expect(h: string): Expected;
    /** The string travels in a file the case writes (so NUL can go too). */
    readonly viaFile?: boolean;
    /** The tenant a write goes to (its data is exported back and compared). */
    readonly writesTenant?: (h: string) => string;
    /** Writes files the case needs into the case directory and returns the arguments. */
    args(h: HostileString, paths: InjectionPaths, write: (name: string, text: string) => string): string[];
}
/** Every flag and file field that reaches a query, with how the command may end. */
export declare const INJECTION_CASES: readonly InjectionCase[];
/** The hostile json import files: tenant C's export with the string in values, keys, ids, labels and types. */
export declare const FILE_FAULTS: readonly ["json values, keys and ids", "json labels and relationship types"];
export type FileFault = (typeof FILE_FAULTS)[number];
/** How an import of each hostile file must end. */
export declare const FILE_FAULT_EXPECTS: Readonly<Record<FileFault, (h: string) => Expected>>;
export interface GraphFile {
    header: Record<string, unknown>;
    nodes: {
        labels: string[];
        properties: Record<string, unknown>;
    }[];
    relationships: {
        type: string;
        src: {
            label: string;
            key: string;
        };
        dst: {
            label: string;
            key: string;
        };
    }[];
}
export declare function parseGraphFile(text: string): GraphFile;
/** The file as `export` lays it out: one item per line, the digest of everything between the header line and itself last. */
export declare function graphFileText(g: GraphFile): string;
/** Tenant C's export with `h` planted where the fault says. */
export declare function hostileGraphFile(exportOfC: string, h: string, fault: FileFault): string;
