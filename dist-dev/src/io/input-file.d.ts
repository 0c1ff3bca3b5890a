/** A whole input file as text. */
export declare function readInputFile(path: string, what?: string): string;
/** The first `bytes` of an input file as text (a header, a first character), without reading the rest. */
export declare function readInputHead(path: string, bytes: number): string;
