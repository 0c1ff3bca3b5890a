import { Hono } from 'hono';
import { type GraphStore, type ScaleConfig } from '../index.js';
import { Jobs } from './jobs.js';
export interface ApiOptions {
    readonly store: GraphStore;
    readonly config: ScaleConfig;
    readonly csrfToken: string;
}
/** The console's JSON API over the library's public entry point. */
export declare function api(options: ApiOptions): {
    app: Hono;
    jobs: Jobs;
    close(): void;
};
