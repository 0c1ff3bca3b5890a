import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
/** Where an ARM template is deployed, offline: the flags' subscription, resource group and location, and a parameters file. */
export interface ArmDeployment {
    readonly tenantId: string;
    readonly subscriptionId: string;
    readonly resourceGroup: string;
    readonly location: string;
    /** A deployment-parameters file (`{"parameters": {"name": {"value": …}}}`). */
    readonly parametersFile?: string;
}
/** The resources an ARM template deploys, evaluated offline; a template that cannot be evaluated is a UsageError naming the file and the JSON path. */
export declare function readArmTemplate(file: string, deployment: ArmDeployment): {
    resources: ArmResource[];
    warnings: string[];
};
