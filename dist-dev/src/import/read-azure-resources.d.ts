import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
import { UsageError } from '../domain/errors.js';
/** The Azure data formats read offline. */
export declare const AZURE_FORMATS: readonly ["resource-graph", "azure-export"];
export type AzureFormat = (typeof AZURE_FORMATS)[number];
export declare const bad: (file: string, path: string, reason: string, fix: string) => UsageError;
export declare function fromResourceGraph(file: string, path: string, value: unknown): ArmResource;
export declare function fromAzureExport(file: string, path: string, value: unknown, parent: ArmResource | undefined): ArmResource[];
