import type { GraphSlice } from '../../io/graph-slice.js';
import { refOf } from '../../io/graph-slice.js';
import { isTenantOwned } from '../../io/slice-chunks.js';
import type { ValidationCheck } from '../../operations/validate-operation.js';
import type { Properties } from '../../domain/graph.js';

const countBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
};

const differences = (a: Map<string, number>, b: Map<string, number>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((k) => (a.get(k) ?? 0) !== (b.get(k) ?? 0)).map((k) => `${k}: ${b.get(k) ?? 0} instead of ${a.get(k) ?? 0}`);

/** Null-valued properties are dropped: Neo4j does not store them, so a copy across stores has none. */
const canonical = (p: Properties) => JSON.stringify(Object.keys(p).filter((k) => p[k] !== null).sort().map((k) => [k, p[k]]));

/**
 * A copied slice compared with what was meant to be written: nodes by label set, relationships by
 * type, each resource's typed degree inside the slice, and the properties of every node the tenant
 * owns (shared nodes already in the target keep their own properties and are only counted).
 */
export function compareSliceCopy(expected: GraphSlice, actual: GraphSlice): ValidationCheck[] {
  const labels = differences(countBy(expected.nodes, (n) => n.labels.join(':')), countBy(actual.nodes, (n) => n.labels.join(':')));
  const types = differences(countBy(expected.relationships, (r) => r.type), countBy(actual.relationships, (r) => r.type));
  const degree = (s: GraphSlice) => countBy(s.relationships.flatMap((r) => [`${r.src.key} -${r.type}->`, `${r.dst.key} <-${r.type}-`]), (k) => k);
  const degrees = differences(degree(expected), degree(actual));
  const actualByKey = new Map(actual.nodes.map((n) => [refOf(n).key, n]));
  const changed = expected.nodes.filter((n) => isTenantOwned(n)).filter((n) => {
    const got = actualByKey.get(refOf(n).key);
    return !got || canonical(got.properties) !== canonical(n.properties);
  });
  const detail = (diffs: string[], what: string) => (diffs.length ? `${diffs.length} ${what} differ, e.g. ${diffs.slice(0, 3).join('; ')}` : `all equal`);
  return [
    { name: 'node-counts', passed: labels.length === 0, detail: `${actual.nodes.length} nodes by label set vs ${expected.nodes.length} in the sample: ${detail(labels, 'label sets')}` },
    { name: 'relationship-counts', passed: types.length === 0, detail: `${actual.relationships.length} relationships by type vs ${expected.relationships.length}: ${detail(types, 'types')}` },
    { name: 'typed-degree', passed: degrees.length === 0, detail: `typed in- and out-degree of every copied node within the sample: ${detail(degrees, 'degrees')}` },
    { name: 'properties', passed: changed.length === 0, detail: changed.length ? `${changed.length} copied nodes missing or with other properties, e.g. ${changed.slice(0, 3).map((n) => refOf(n).key).join(', ')}` : 'every copied node has its properties' },
  ];
}
