import type { Rng } from '../rng.js';
/**
 * The ARM `properties` of each generated kind, shaped like real exports (PSRule's fixtures in
 * fixtures/psrule-azure-resources): ATG stores them as a JSON string. References are real ARM ids.
 */
export interface PropertyContext {
    readonly rng: Rng;
    readonly name: string;
    readonly location: string;
    readonly tenantGuid: string;
    readonly ref: Readonly<Record<string, string | string[] | undefined>>;
}
type Shape = (c: PropertyContext) => Record<string, unknown>;
export declare const PROPERTY_SHAPES: Record<string, Shape>;
export {};
