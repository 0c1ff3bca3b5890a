import type { ScenarioInput } from './scenario-definition.js';
export declare const BUILTIN_SCENARIOS: readonly ["hub-spoke", "multi-region", "dev-test-prod"];
export type BuiltinScenario = (typeof BUILTIN_SCENARIOS)[number];
export interface BuiltinScenarioParams {
    readonly spokeCount: number;
    readonly resourcesPerSpoke: number;
    /** Named regions: multi-region makes one stamp per region; the others use the first. */
    readonly regions: readonly string[];
    readonly resourcesPerEnv: number;
}
export declare const BUILTIN_SCENARIO_DEFAULTS: BuiltinScenarioParams;
export declare function builtinScenario(name: BuiltinScenario, params: BuiltinScenarioParams): ScenarioInput;
