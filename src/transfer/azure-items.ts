import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
import { readInputHead } from '../io/input-file.js';
import { jsonArrayElements, JsonSplitError } from '../io/json-array-elements.js';
import { bad, fromAzureExport, fromResourceGraph, type AzureFormat } from './read-azure-resources.js';

/** The first character of a file that is not white space (a byte-order mark skipped), without reading the rest. */
function firstCharacter(file: string): string | undefined {
  return /\S/.exec(readInputHead(file, 4096).replace(/^\uFEFF/, ''))?.[0];
}

/**
 * The items of an Azure data file, streamed: `resource-graph` is what `az graph query -q "Resources"
 * -o json` prints (a bare array, or `{data: […]}`), `azure-export` what Export-AzRuleData or
 * `Get-AzResource -ExpandProperties` write (PascalCase keys, child resources nested under
 * `resources`: one top-level resource with its children per item). Each is checked (errors name the
 * file, the JSON path and the reason). The file is split into its array's elements and each is
 * parsed on its own: memory holds one resource, whatever the file's size.
 */
export async function* azureItems(file: string, format: AzureFormat): AsyncGenerator<ArmResource[]> {
  const first = firstCharacter(file);
  const notAnArray = () =>
    bad(file, '$', 'expected an array of resources, or an object with a "data" array', `is it a ${format} file? pass the {{option:format}} it was written in`);
  if (first !== '[' && first !== '{') throw notAnArray();
  const root = first === '[' ? '$' : '$.data';
  const damaged = (at: string, reason: string) =>
    bad(file, at, `not valid JSON (${reason})`, 'pass the whole file as the tool wrote it (it looks truncated or edited)');
  const elements = jsonArrayElements(file);
  try {
    for await (const { index, text } of elements) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        throw damaged(`${root}[${index}]`, (err as Error).message);
      }
      yield format === 'resource-graph' ? [fromResourceGraph(file, `${root}[${index}]`, value)] : fromAzureExport(file, `${root}[${index}]`, value, undefined);
    }
  } catch (err) {
    if (!(err instanceof JsonSplitError)) throw err;
    if (err.element < 0) throw notAnArray();
    throw damaged(`${root}[${err.element}]`, err.message);
  }
}
