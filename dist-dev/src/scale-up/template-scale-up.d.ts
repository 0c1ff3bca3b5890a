import type { TemplateInfo } from '../domain/template-replication.js';
import { type TenantScope } from '../domain/tenant-scope.js';
import type { GraphStore } from '../store/graph-store.js';
import type { ScaleUpBaseOptions, ScaleUpHooks, ScaleUpResult } from './scale-up-types.js';
export interface TemplateScaleUpOptions extends ScaleUpBaseOptions {
    readonly subscriptionIds?: readonly string[];
    readonly scaleFactor: number;
    readonly resourceTypes?: readonly string[];
}
export type TemplateScaleUpHooks = ScaleUpHooks;
export interface TypePlan {
    readonly type: string;
    readonly base: number;
    readonly copies: number;
}
export interface TemplatePlanSummary {
    readonly baseResources: number;
    readonly byType: readonly TypePlan[];
    readonly plannedResources: number;
    readonly plannedRelationships: number;
    readonly estimatedSeconds: number;
}
export type TemplateScaleUpResult = ScaleUpResult<TemplatePlanSummary>;
interface Plan {
    readonly scope: TenantScope;
    readonly templates: readonly TemplateInfo[];
    readonly copiesOf: Map<string, number>;
    readonly summary: TemplatePlanSummary;
}
/** Reads the tenant's templates and plans the copies: pure arithmetic over real counts (also --dry-run). */
export declare function planTemplateScaleUp(store: GraphStore, options: TemplateScaleUpOptions): Promise<Plan>;
/**
 * Template scale-up: replicate the tenant's own resources, k·E relationships, inside
 * the database. Recorded before the first write; a failed write or validation rolls it back.
 */
export declare function scaleUpTemplate(store: GraphStore, options: TemplateScaleUpOptions, hooks?: TemplateScaleUpHooks): Promise<TemplateScaleUpResult>;
export {};
