import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { derivedGuid, TenantIdRewriter } from '../../src/domain/tenant-copy-ids.js';
import type { GraphSlice } from '../../src/domain/graph-slice.js';
import { rewriteSlice } from '../../src/slice/slice-rewrite.js';
import { checkCopy } from '../../src/slice/slice-copy-checks.js';
import { assertChecksPassed, NEW_TENANT_CHECKS } from '../helpers/validation-checks.js';

const SUB = '7d35cbfe-527f-4e0a-8914-180869bd47a6';
const T = 'aaaaaaaa-1111-4000-8000-00000000000a';
const ARM = `/subscriptions/${SUB}/resourceGroups/rg-1/providers/Microsoft.Compute/virtualMachines/vm-1`;

const slice: GraphSlice = {
  tenantId: T,
  nodes: [
    { labels: ['Tenant'], properties: { id: T, tenant_id: T, name: 'tenant' } },
    { labels: ['Subscription'], properties: { id: `/subscriptions/${SUB}`, tenant_id: T, subscription_id: SUB } },
    {
      labels: ['Resource'],
      properties: {
        id: 'vm-0123456789abcdef',
        tenant_id: T,
        subscription_id: SUB,
        original_id: ARM,
        properties: `{"id":"${ARM}","nic":"/subscriptions/${SUB}/x"}`,
        scale_operation_id: 'scale-x',
        template_source_id: 'vm-fedcba9876543210',
      },
    },
    { labels: ['Original', 'Resource'], properties: { id: ARM, tenant_id: T, abstracted_id: 'vm-0123456789abcdef' } },
    { labels: ['Region'], properties: { id: 'eastus', code: 'eastus' } },
  ],
  relationships: [
    { type: 'SCAN_SOURCE_NODE', src: { label: 'Resource', key: 'vm-0123456789abcdef' }, dst: { label: 'Resource', key: ARM } },
    { type: 'LOCATED_IN', src: { label: 'Resource', key: 'vm-0123456789abcdef' }, dst: { label: 'Region', key: 'eastus' } },
    { type: 'CONTAINS', src: { label: 'Tenant', key: T }, dst: { label: 'Subscription', key: `/subscriptions/${SUB}` } },
  ],
};

describe('a sample as a new tenant: ids', () => {
  test('every owned id is new, deterministic and keeps its shape; every reference follows; shared nodes stay', () => {
    const { copy, newResourceIds } = rewriteSlice(slice, 'new-tenant', new Set(['vm-0123456789abcdef']));
    const again = rewriteSlice(slice, 'new-tenant', new Set(['vm-0123456789abcdef'])).copy;
    assert.deepEqual(again, copy, 'deterministic');
    const [tenant, sub, vm, original, region] = copy.nodes.map((n) => n.properties);
    const newSub = derivedGuid('new-tenant', SUB);
    assert.match(newSub, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(tenant!.id, 'new-tenant');
    assert.equal(sub!.id, `/subscriptions/${newSub}`);
    assert.equal(sub!.subscription_id, newSub);
    assert.match(String(vm!.id), /^vm-[0-9a-f]{16}$/);
    assert.notEqual(vm!.id, 'vm-0123456789abcdef');
    assert.deepEqual(newResourceIds, [vm!.id]);
    assert.equal(original!.id, ARM.replace(SUB, newSub), 'the subscription inside the ARM id');
    assert.equal(vm!.original_id, original!.id);
    assert.equal(original!.abstracted_id, vm!.id);
    assert.ok(!String(vm!.properties).includes(SUB) && String(vm!.properties).includes(newSub), 'inside the JSON properties too');
    for (const p of [tenant, sub, vm, original]) assert.equal(p!.tenant_id, 'new-tenant');
    assert.equal(vm!.scale_operation_id, undefined, "no link to the source's operation");
    assert.equal(vm!.template_source_id, undefined);
    assert.deepEqual(region, { id: 'eastus', code: 'eastus' });
    assert.deepEqual(
      copy.relationships.map((r) => [r.src.key, r.type, r.dst.key]),
      [
        [vm!.id, 'SCAN_SOURCE_NODE', original!.id],
        [vm!.id, 'LOCATED_IN', 'eastus'],
        ['new-tenant', 'CONTAINS', sub!.id],
      ],
    );
    const other = rewriteSlice(slice, 'another-tenant', new Set(['vm-0123456789abcdef'])).copy;
    assert.notEqual(other.nodes[2]!.properties.id, vm!.id, 'another tenant id, other ids');
  });

  test('a tenant id that is a GUID is replaced inside strings as well', () => {
    const ids = new TenantIdRewriter(T, 'bbbbbbbb-2222-4000-8000-00000000000b', []);
    assert.equal(ids.properties({ note: `tenant ${T}` }).note, 'tenant bbbbbbbb-2222-4000-8000-00000000000b');
  });
});

describe('a sample as a new tenant: the checks', () => {
  const { copy } = rewriteSlice(slice, 'x', new Set(['vm-0123456789abcdef']));
  const present = new Map([
    ['Tenant', 1],
    ['Subscription', 1],
    ['Resource', 2],
  ]);
  test('pass on an exact copy', () => {
    assertChecksPassed(checkCopy(copy, { present, relationships: copy.relationships }), NEW_TENANT_CHECKS);
  });
  test('fail on a missing node, a missing relationship, or one moved to another node', () => {
    const failed = (actual: Parameters<typeof checkCopy>[1]) =>
      checkCopy(copy, actual)
        .filter((c) => !c.passed)
        .map((c) => c.name);
    assert.deepEqual(failed({ present: new Map([...present, ['Resource', 1]]), relationships: copy.relationships }), ['nodes-present']);
    assert.deepEqual(failed({ present, relationships: copy.relationships.slice(1) }), ['relationship-counts', 'typed-degree']);
    const moved = copy.relationships.map((r, i) => (i === 1 ? { ...r, src: { label: 'Tenant', key: 'x' } } : r));
    assert.deepEqual(failed({ present, relationships: moved }), ['typed-degree']);
  });
});
