import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
import { type AzureFormat } from './read-azure-resources.js';
/**
 * The items of an Azure data file, streamed: `resource-graph` is what `az graph query -q "Resources"
 * -o json` prints (a bare array, or `{data: […]}`), `azure-export` what Export-AzRuleData or
 * `Get-AzResource -ExpandProperties` write (PascalCase keys, child resources nested under
 * `resources`: one top-level resource with its children per item). Each is checked (errors name the
 * file, the JSON path and the reason). The file is parsed with stream-json, an element at a time:
 * memory holds one resource, whatever the file's size.
 */
export declare function azureItems(file: string, format: AzureFormat): AsyncGenerator<ArmResource[]>;
