export declare const sleep: (ms: number) => Promise<void>;
