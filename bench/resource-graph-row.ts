import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { LABEL } from '../src/domain/atg-schema.js';
import type { Properties } from '../src/domain/graph.js';
import { generateTenant } from '../src/tenant-generator/generate-tenant.js';
import { BENCH_SEED, BENCH_TENANT } from './workloads.js';

/** An Original-layer node as `az graph query -q Resources -o json` prints the resource (what I0, I1 and the memory bench import). */
export function resourceGraphRow(p: Properties): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    location: p.location,
    resourceGroup: p.resource_group,
    subscriptionId: p.subscription_id,
    tenantId: BENCH_TENANT,
    properties: JSON.parse(String(p.properties ?? '{}')),
    tags: JSON.parse(String(p.tags ?? '{}')),
    sku: null,
    kind: null,
    identity: null,
  };
}

/**
 * The resource-graph file of the bench tenant of `resources` resources (its Original layer, the
 * rows a store holding it would give, in the generator's order), written streamed from the
 * generator, one row a line (`[`, each row and its comma, `]`): the file is never in memory, whatever
 * its size (10^6: ~900 MB, longer than a string may be).
 */
export async function writeResourceGraphFile(file: string, resources: number): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let first = true;
  out.write('[\n');
  for (const chunk of generateTenant({ resources, seed: BENCH_SEED, tenantId: BENCH_TENANT })) {
    const lines: string[] = [];
    for (const batch of chunk.nodes) {
      if (!batch.labels.includes(LABEL.Original)) continue;
      for (const p of batch.rows) {
        const row = resourceGraphRow(p);
        lines.push(`${first ? '' : ',\n'}${JSON.stringify(row)}`);
        first = false;
      }
    }
    if (!out.write(lines.join(''))) await once(out, 'drain');
  }
  out.end('\n]\n');
  await once(out, 'finish');
}
