import { type GraphStore, type ScaleConfig } from '../index.js';
export interface ConsoleOptions {
    readonly store: GraphStore;
    readonly config: ScaleConfig;
    /** Address to listen on (default 127.0.0.1); anything but loopback requires the access token. */
    readonly host?: string;
    /** Port (default 4780; 0: any free port). */
    readonly port?: number;
    /** The bundled page (dist/web). */
    readonly webRoot: string;
}
export interface RunningConsole {
    /** The URL to open (with the access token off loopback). */
    readonly url: string;
    readonly port: number;
    /** Stops every running operation (each rolls back) and the server. */
    close(): Promise<void>;
}
/** `tenant-scale ui`: the web console, a client of the library's public entry point. */
export declare function startConsole(options: ConsoleOptions): Promise<RunningConsole>;
