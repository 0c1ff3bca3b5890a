import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
import { armIdParts, typeFromArmId } from '../domain/atg-catalog/arm-resource.js';
import { UsageError } from '../domain/errors.js';

/** The Azure data formats read offline. */
export const AZURE_FORMATS = ['resource-graph', 'azure-export'] as const;
export type AzureFormat = (typeof AZURE_FORMATS)[number];

type Json = Record<string, unknown>;

export const bad = (file: string, path: string, reason: string, fix: string): UsageError => new UsageError(`${file}: ${path}: ${reason}`, fix);

function object(file: string, path: string, value: unknown): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw bad(file, path, `expected an object, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`, 'each resource is a JSON object');
  return value as Json;
}

function text(file: string, path: string, value: unknown, required: boolean): string | null {
  if (value === undefined || value === null || value === '') {
    if (required) throw bad(file, path, 'missing', 'every resource needs its id, name and type');
    return null;
  }
  if (typeof value !== 'string') throw bad(file, path, `expected a string, found ${JSON.stringify(value).slice(0, 60)}`, 'fix the value in the file');
  return value;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Azure's own limits on a tag: a name of at most 512 characters, a value of at most 256. */
const TAG_NAME_MAX = 512;
const TAG_VALUE_MAX = 256;

/** A resource's tags as strings; a tag beyond Azure's limits is not Azure data (and too long a Tag id for Neo4j's index). */
function tags(file: string, path: string, value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value))) {
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    if (k.length > TAG_NAME_MAX || (text?.length ?? 0) > TAG_VALUE_MAX)
      throw bad(
        file,
        `${path}.${k.slice(0, 40)}${k.length > 40 ? '…' : ''}`,
        `tag longer than Azure allows (name ${k.length} of ${TAG_NAME_MAX} characters, value ${text?.length ?? 0} of ${TAG_VALUE_MAX})`,
        'fix the tag in the file: Azure never returns longer ones',
      );
    out[k] = text;
  }
  return out;
}

export function fromResourceGraph(file: string, path: string, value: unknown): ArmResource {
  const row = object(file, path, value);
  const id = text(file, `${path}.id`, row.id, true)!;
  const parts = armIdParts(id);
  return {
    id,
    name: text(file, `${path}.name`, row.name, true)!,
    type: text(file, `${path}.type`, row.type ?? typeFromArmId(id), true)!,
    location: text(file, `${path}.location`, row.location, false),
    resourceGroup: text(file, `${path}.resourceGroup`, row.resourceGroup, false) ?? parts.resourceGroup,
    subscriptionId: text(file, `${path}.subscriptionId`, row.subscriptionId, false) ?? parts.subscriptionId,
    properties: record(row.properties),
    tags: tags(file, `${path}.tags`, row.tags),
    ...(row.sku !== undefined ? { sku: row.sku } : {}),
    ...(typeof row.kind === 'string' && row.kind ? { kind: row.kind } : {}),
    ...(row.identity !== undefined && row.identity !== null ? { identity: row.identity } : {}),
  };
}

/** First of several spellings (Export-AzRuleData writes PascalCase; nested resources often camelCase). */
const pick = (row: Json, ...keys: string[]) => keys.map((k) => row[k]).find((v) => v !== undefined && v !== null && v !== '');

export function fromAzureExport(file: string, path: string, value: unknown, parent: ArmResource | undefined): ArmResource[] {
  const row = object(file, path, value);
  const given = text(file, `${path}.ResourceId`, pick(row, 'ResourceId', 'Id', 'id'), false);
  // A nested child may come without a type (its id spells it) or without an id (its parent's id, its type's last segment, its name).
  // An extension resource (a diagnostic setting) carries its own type in ExtensionResourceType; Type is the resource it extends.
  // A nested child whose spellings disagree (ResourceType its parent's, Type its own) is taken by the one that is a child type of its parent.
  const extension = text(file, `${path}.ExtensionResourceType`, pick(row, 'ExtensionResourceType'), false);
  const spellings = ['ResourceType', 'Type', 'type'].map((k) => row[k]).filter((v): v is string => typeof v === 'string' && v !== '');
  const childSpelling = parent ? spellings.find((t) => t.toLowerCase().startsWith(`${parent.type.toLowerCase()}/`)) : undefined;
  const type =
    extension ??
    text(file, `${path}.ResourceType`, childSpelling ?? pick(row, 'ResourceType', 'Type', 'type') ?? (given ? typeFromArmId(given) : undefined), true)!;
  const name = text(file, `${path}.Name`, pick(row, 'Name', 'ResourceName', 'name'), true)!;
  if (!given && !parent) throw bad(file, `${path}.ResourceId`, 'missing', 'every top-level resource needs its id');
  const id = given ?? `${parent!.id}/${type.split('/').pop()}/${name.split('/').pop()}`;
  const parts = armIdParts(id);
  const resource: ArmResource = {
    id,
    name,
    type,
    location: text(file, `${path}.Location`, pick(row, 'Location', 'location'), false) ?? parent?.location ?? null,
    resourceGroup:
      text(file, `${path}.ResourceGroupName`, pick(row, 'ResourceGroupName', 'resourceGroup'), false) ?? parts.resourceGroup ?? parent?.resourceGroup ?? null,
    subscriptionId:
      text(file, `${path}.SubscriptionId`, pick(row, 'SubscriptionId', 'subscriptionId'), false) ?? parts.subscriptionId ?? parent?.subscriptionId ?? null,
    properties: record(pick(row, 'Properties', 'properties')),
    tags: tags(file, `${path}.Tags`, pick(row, 'Tags', 'tags')),
    ...(pick(row, 'Sku', 'sku') !== undefined ? { sku: pick(row, 'Sku', 'sku') } : {}),
    ...(typeof pick(row, 'Kind', 'kind') === 'string' ? { kind: pick(row, 'Kind', 'kind') as string } : {}),
    ...(pick(row, 'Identity', 'identity') !== undefined ? { identity: pick(row, 'Identity', 'identity') } : {}),
  };
  const children = pick(row, 'Resources', 'resources');
  if (children !== undefined && !Array.isArray(children))
    throw bad(file, `${path}.resources`, 'expected an array of child resources', 'fix the value in the file');
  return [resource, ...((children as unknown[] | undefined) ?? []).flatMap((child, i) => fromAzureExport(file, `${path}.resources[${i}]`, child, resource))];
}
