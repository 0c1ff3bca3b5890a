import type { ArmResource } from '../atg-catalog/arm-resource.js';
import { type ArmValue } from './arm-expression.js';
/** Where the template is deployed: what resourceGroup() and subscription() return, and the parameter values given. */
export interface DeploymentScope {
    readonly tenantId: string;
    readonly subscriptionId: string;
    readonly resourceGroup: string;
    readonly location: string;
    /** Values from a deployment-parameters file (`parameters.X.value`), overriding the defaults. */
    readonly parameters: Readonly<Record<string, ArmValue>>;
}
/** A template that cannot be evaluated, with the JSON path of the value at fault. */
export declare class TemplateError extends Error {
    readonly path: string;
    constructor(path: string, message: string);
}
export interface EvaluatedTemplate {
    readonly resources: ArmResource[];
    /** Offline limits met (reference() cannot read a deployed resource): the data is still usable. */
    readonly warnings: string[];
}
/**
 * Evaluates an ARM deployment template offline into the resources it deploys: parameters (defaults,
 * overridden by a deployment-parameters file), variables, conditions, resource and property copy
 * loops, nested child resources, extension resources (`scope`) and the template functions real
 * templates use. `reference()` cannot read a deployment offline: it yields an empty object (its
 * properties null) and a warning.
 */
export declare function evaluateTemplate(template: unknown, scope: DeploymentScope): EvaluatedTemplate;
