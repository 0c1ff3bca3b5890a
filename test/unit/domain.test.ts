import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { layerOf } from '../../src/domain/layers.js';
import { abstractedId, newOperationId, OPERATION_ID_PATTERN, syntheticId } from '../../src/domain/ids.js';
import { Rng } from '../../src/domain/rng.js';
import { opt, renderOptions, UsageError } from '../../src/domain/errors.js';
import { MultisetFingerprint } from '../../src/domain/multiset-fingerprint.js';
import { Hash64Table } from '../../src/domain/hash64-table.js';
import { hex64 } from '../../src/domain/ids.js';
import { decideTenantScope } from '../../src/domain/tenant-scope.js';
import { syntheticMarkers } from '../../src/domain/operation-record.js';
import { assertThrowsFor } from '../helpers/refusal.js';

describe('ids', () => {
  test('abstracted ids keep ATG shape and hash the full ARM id, so same-named subnets do not merge', () => {
    const a = abstractedId(
      'Microsoft.Network/virtualNetworks/subnets',
      '/subscriptions/s/resourceGroups/a/providers/Microsoft.Network/virtualNetworks/v1/subnets/default',
    );
    const b = abstractedId(
      'Microsoft.Network/virtualNetworks/subnets',
      '/subscriptions/s/resourceGroups/a/providers/Microsoft.Network/virtualNetworks/v2/subnets/default',
    );
    assert.match(a, /^subnet-[0-9a-f]{16}$/);
    assert.notEqual(a, b);
    assert.equal(
      abstractedId('Microsoft.Compute/virtualMachines', '/X/VM1'),
      abstractedId('Microsoft.Compute/virtualMachines', '/x/vm1'),
      'ARM ids are case-insensitive',
    );
  });

  test('synthetic ids are deterministic per (operation, source, copy) and do not collide over 200k copies', () => {
    const op = 'scale-20261127T033319-0a1b2c3d';
    assert.equal(syntheticId('Microsoft.Compute/virtualMachines', op, 'vm-1', 0), syntheticId('Microsoft.Compute/virtualMachines', op, 'vm-1', 0));
    assert.match(syntheticId('Microsoft.Compute/virtualMachines', op, 'vm-1', 0), /^synthetic-vm-[0-9a-f]{16}$/);
    const seen = new Set<string>();
    for (let s = 0; s < 2000; s++) for (let j = 0; j < 100; j++) seen.add(syntheticId('Microsoft.Compute/disks', op, `disk-${s}`, j));
    assert.equal(seen.size, 200_000);
  });

  test('operation ids have the shape scale-YYYYMMDDTHHMMSS-<8 hex>', () => {
    const id = newOperationId(new Date('2026-11-27T03:33:19.456Z'), () => 'deadbeef');
    assert.equal(id, 'scale-20261127T033319-deadbeef');
    assert.match(newOperationId(), OPERATION_ID_PATTERN);
  });

  test('markers carry the operation, strategy, timestamp and tenant', () => {
    const m = syntheticMarkers('scale-20261127T033319-deadbeef', 'template', 't1', new Date('2026-11-27T00:00:00Z'));
    assert.deepEqual(m, {
      synthetic: true,
      scale_operation_id: 'scale-20261127T033319-deadbeef',
      generation_strategy: 'template',
      generation_timestamp: '2026-11-27T00:00:00.000Z',
      tenant_id: 't1',
    });
  });
});

describe('layers', () => {
  test('Original, abstracted, and shared nodes that ATG also labels :Resource', () => {
    assert.equal(layerOf(['Resource', 'Original']), 'original');
    assert.equal(layerOf(['Resource']), 'abstracted');
    assert.equal(layerOf(['User', 'Resource']), null);
    assert.equal(layerOf(['ManagedIdentity', 'Resource']), null);
    assert.equal(layerOf(['Tag']), null);
  });
});

describe('tenant scope', () => {
  const census = (tenantNodeIds: string[], withTenant: number, nullTenant: number) => ({
    tenantNodeIds,
    resourcesWithTenant: withTenant,
    resourcesWithNullTenant: nullTenant,
  });

  test('null tenant_id belongs to the only tenant', () => {
    assert.deepEqual(decideTenantScope('t1', census(['t1'], 0, 10)), { tenantId: 't1', includeNullTenant: true });
  });
  test('with several tenants, null tenant_id is never guessed', () => {
    assert.deepEqual(decideTenantScope('t1', census(['t1', 't2'], 5, 10)), { tenantId: 't1', includeNullTenant: false });
    // The library's error names the option; the CLI renders the same error with the flag.
    assert.throws(
      () => decideTenantScope('t1', census(['t1', 't2'], 0, 10)),
      (e: unknown) =>
        e instanceof UsageError && /`subscriptionIds`/.test(e.fix ?? '') && !/--/.test(e.fix ?? '') && /--subscription-id/.test(e.forCli().fix ?? ''),
    );
    assert.deepEqual(decideTenantScope('t1', census(['t1', 't2'], 0, 10), ['sub-a']), { tenantId: 't1', includeNullTenant: true, subscriptionIds: ['sub-a'] });
  });
  test('an unknown tenant is a usage error listing the known ones', () => {
    assert.throws(
      () => decideTenantScope('t9', census(['t1'], 0, 0)),
      (e: unknown) => e instanceof UsageError && /t1/.test(e.fix ?? ''),
    );
  });
  test('no tenant given: the only tenant, else an error', () => {
    assert.equal(decideTenantScope(undefined, census(['t1'], 3, 0)).tenantId, 't1');
    assertThrowsFor(() => decideTenantScope(undefined, census(['t1', 't2'], 0, 0)), UsageError, /no tenant given and the database holds 2 tenants/);
  });
});

describe('errors name options for the library and flags for the CLI', () => {
  test('an option token renders as the option name, or as its flag (kebab-case, or the flag given)', () => {
    const text = `pass ${opt('targetCount')} or ${opt('tenantId', 'as-tenant')}`;
    assert.equal(renderOptions(text, 'library'), 'pass `targetCount` or `tenantId`');
    assert.equal(renderOptions(text, 'cli'), 'pass --target-count or --as-tenant');
    const err = new UsageError(`bad ${opt('scaleFactor')}`, `pass ${opt('scaleFactor')} 2`);
    assert.equal(err.message, 'bad `scaleFactor`');
    assert.deepEqual(err.forCli(), { message: 'bad --scale-factor', fix: 'pass --scale-factor 2' });
  });

  test('the options an error is about: those its message names, else those its fix names (where a form shows it)', () => {
    assert.deepEqual(new UsageError(`bad ${opt('scaleFactor')} with ${opt('seed')}`, `pass ${opt('targetCount')}`).options, ['scaleFactor', 'seed']);
    assert.deepEqual(new UsageError('tenant t already exists', `import it under another ${opt('tenantId', 'as-tenant')}`).options, ['tenantId']);
    assert.deepEqual(new UsageError('no store', 'start one').options, []);
  });
});

describe('64-bit hash table', () => {
  test('holds what a Map holds, through growth and overwrites, and lists it back', () => {
    const table = new Hash64Table(4);
    const map = new Map<string, [number, number]>();
    for (let i = 0; i < 20_000; i++) {
      const key = hex64(`resource-${i % 15_000}`);
      table.set(key, i, i % 65_536);
      map.set(key, [i, i % 65_536]);
    }
    assert.equal(table.size, map.size);
    for (const [key, [number, tag]] of map) assert.deepEqual(table.get(key), { number, tag });
    assert.equal(table.get(hex64('absent')), undefined);
    assert.deepEqual(new Map([...table.entries()].map(([k, n, t]) => [k, [n, t]])), map);
    assert.throws(() => table.set('not-hex', 1, 1), RangeError);
  });
});

describe('multiset fingerprint', () => {
  const of = (items: string[]) => {
    const f = new MultisetFingerprint();
    for (const i of items) f.add(i);
    return f;
  };
  test('the same items in any order give the same fingerprint; a changed, missing or repeated item does not', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `CONNECTED_TO\u0000Resource\u0000nic-${i}\u0000Resource\u0000snet-${i % 7}`);
    const base = of(items);
    assert.ok(base.equals(of([...items].reverse())));
    assert.ok(!base.equals(of(items.slice(1))));
    assert.ok(!base.equals(of([...items.slice(1), items[2]!])), 'one item replaced by a repeat of another');
    assert.ok(!base.equals(of([...items.slice(1), items[0]!.replace('snet-0', 'snet-1')])));
    assert.ok(!of(['ab', 'c']).equals(of(['a', 'bc'])));
  });
});

describe('rng', () => {
  test('same seed, same sequence; different seed, different sequence', () => {
    const draw = (seed: number) => {
      const r = new Rng(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    assert.deepEqual(draw(1), draw(1));
    assert.notDeepEqual(draw(1), draw(2));
  });
  test('skewedIndex favours small indexes (hubs) and stays in range', () => {
    const r = new Rng(3);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) counts[r.skewedIndex(10)]!++;
    assert.ok(counts[0]! > 3 * counts[9]!, `index 0 (${counts[0]}) is a hub compared to index 9 (${counts[9]})`);
    assert.equal(
      counts.reduce((a, b) => a + b, 0),
      10_000,
    );
  });
});

describe('Neo4j feature detection', () => {
  test('the dynamic-type probe needs both types read back (5.26.0 wrote one type per batch)', async () => {
    const { probeShowsDynamicTypes } = await import('../../src/store/neo4j/neo4j-template-replication.js');
    assert.equal(probeShowsDynamicTypes(['TENANT_SCALE_PROBE_A', 'TENANT_SCALE_PROBE_B']), true);
    assert.equal(probeShowsDynamicTypes(['TENANT_SCALE_PROBE_A', 'TENANT_SCALE_PROBE_A']), false, '5.26.0 gives the whole batch one type');
    assert.equal(probeShowsDynamicTypes(undefined), false);
  });
});
