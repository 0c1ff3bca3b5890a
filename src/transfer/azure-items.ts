import { createReadStream } from 'node:fs';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
import { UsageError } from '../domain/errors.js';
import { readInputHead } from '../io/input-file.js';
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
 * file, the JSON path and the reason). The file is parsed with stream-json, an element at a time:
 * memory holds one resource, whatever the file's size.
 */
export async function* azureItems(file: string, format: AzureFormat): AsyncGenerator<ArmResource[]> {
  const first = firstCharacter(file);
  if (first !== '[' && first !== '{')
    throw bad(
      file,
      '$',
      'expected an array of resources, or an object with a "data" array',
      `is it a ${format} file? pass the {{option:format}} it was written in`,
    );
  const root = first === '[' ? '$' : '$.data';
  const pipeline = chain([createReadStream(file), parser(), ...(first === '{' ? [pick({ filter: 'data' })] : []), streamArray()]);
  let count = 0;
  try {
    for await (const { key, value } of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      count++;
      yield format === 'resource-graph' ? [fromResourceGraph(file, `${root}[${key}]`, value)] : fromAzureExport(file, `${root}[${key}]`, value, undefined);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw bad(
      file,
      count ? `${root}[${count}]` : '$',
      `not valid JSON (${(err as Error).message})`,
      'pass the whole file as the tool wrote it (it looks truncated or edited)',
    );
  } finally {
    pipeline.destroy();
  }
  if (count === 0 && first === '{')
    throw bad(
      file,
      '$',
      'expected an array of resources, or an object with a "data" array',
      `is it a ${format} file? pass the {{option:format}} it was written in`,
    );
}
