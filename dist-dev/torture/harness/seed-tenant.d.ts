import { type TrialStore } from './stores.js';
export declare const TENANT_A = "aaaaaaaa-7000-4000-8000-00000000000a";
export declare const TENANT_B = "bbbbbbbb-7000-4000-8000-00000000000b";
/** Writes a generated tenant straight through the library (fixtures are not under test here). */
export declare function seedTenant(trial: TrialStore, tenantId: string, resources: number, seed?: number): Promise<void>;
