import { type ScaleConfig } from './config-schema.js';
type Layer = Record<string, Record<string, unknown>>;
export interface LoadConfigOptions {
    /** --config; else SCALE_CONFIG_PATH; else ~/.config/tenant-scale/scale-config.yaml if it exists. */
    readonly path?: string;
    readonly env?: NodeJS.ProcessEnv;
    /** Values from command-line flags, by section and key; they win over everything. */
    readonly flags?: Layer;
}
export interface LoadedConfig {
    readonly config: ScaleConfig;
    /** The file read, if any. */
    readonly source?: string;
}
/** Precedence: flags > environment (TENANT_SCALE_<SECTION>_<KEY>) > file > defaults. */
export declare function loadConfig(options?: LoadConfigOptions): LoadedConfig;
export {};
