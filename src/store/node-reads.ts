import type { Properties } from '../domain/graph.js';
import type { TenantGraphReads } from './graph-store.js';

/** One node's labels (sorted) and properties, by label and key (`id`, or `code` for Region): a read of one key. */
export async function getNode(
  store: Pick<TenantGraphReads, 'readNodes'>,
  label: string,
  key: string,
): Promise<{ labels: string[]; properties: Properties } | undefined> {
  const [node] = await store.readNodes(label, [key]);
  return node ? { labels: [...node.labels].sort(), properties: node.properties } : undefined;
}
