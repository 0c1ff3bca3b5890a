import { LABEL, SHARED_LABELS } from './atg-schema.js';
import type { Properties } from './graph.js';

/** A node as stored: its labels (sorted) and properties. */
export interface StoredNode {
  readonly labels: readonly string[];
  readonly properties: Properties;
}

/** A node as a relationship names it: the label it is keyed under and its key (`id`, or `code` for Region). */
export interface NodeRef {
  readonly label: string;
  readonly key: string;
}

export interface SliceRelationship {
  readonly type: string;
  readonly src: NodeRef;
  readonly dst: NodeRef;
}

/**
 * A part of a tenant that stands on its own as an ATG tenant: resources with their context nodes
 * and every relationship among them, in a stable order (nodes by label then key, relationships by
 * source, type, target) so the same slice gives the same bytes from every store.
 */
export interface GraphSlice {
  readonly tenantId: string;
  readonly nodes: readonly StoredNode[];
  readonly relationships: readonly SliceRelationship[];
}

/** The label a node is keyed under: Region by its code, a resource (even a shared one) by its id under Resource. */
export function refLabel(labels: readonly string[]): string {
  if (labels.includes(LABEL.Region)) return LABEL.Region;
  if (labels.includes(LABEL.Resource)) return LABEL.Resource;
  return SHARED_LABELS.find((l) => labels.includes(l)) ?? labels[0] ?? LABEL.Resource;
}

export const refOf = (node: StoredNode): NodeRef => ({
  label: refLabel(node.labels),
  key: String(node.labels.includes(LABEL.Region) ? (node.properties.code ?? node.properties.id) : node.properties.id),
});
