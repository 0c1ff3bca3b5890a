import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RecentNodeIds } from '../../src/store/sqlite/recent-node-ids.js';
import { decodeNodeRow, encodeNode, encodeNodeInto, NODE_PARAMS } from '../../src/store/sqlite/sqlite-rows.js';
describe('SQLite node encoding', () => {
    const row = {
        id: 'vm-0123456789abcdef',
        type: 'Microsoft.Compute/virtualMachines',
        tenant_id: 't',
        subscription_id: null,
        synthetic: true,
        properties: '{"hardwareProfile":{"vmSize":"Standard_D2s_v5"}}',
        name: 'vm "quoted" \\ name',
        retention: 30,
        ratio: 0.5,
        enabled: false,
        zones: ['1', '2'],
        nothing: null,
        '2': 'integer-like key',
        'key with "quotes"': 'x',
    };
    test('props is the JSON of the properties not promoted to columns, nulls left out', () => {
        const params = encodeNode(':Resource:', 'abstracted', row);
        assert.equal(params.length, NODE_PARAMS);
        const { id: _i, type: _t, tenant_id: _te, subscription_id: _s, synthetic: _sy, properties: _p, nothing: _n, ...rest } = row;
        assert.equal(params[11], JSON.stringify(rest));
        assert.deepEqual(params.slice(0, 11), [
            'vm-0123456789abcdef',
            ':Resource:',
            'abstracted',
            'Microsoft.Compute/virtualMachines',
            't',
            null,
            1,
            null,
            null,
            row.properties,
            null,
        ]);
    });
    test('a row decodes back to what was written, without its null properties', () => {
        const params = encodeNode(':Resource:', 'abstracted', row);
        const columns = [
            'id',
            'labels',
            'layer',
            'type',
            'tenant_id',
            'subscription_id',
            'synthetic',
            'scale_operation_id',
            'template_source_id',
            'properties',
            'tags',
            'props',
        ];
        const stored = Object.fromEntries(columns.map((c, i) => [c, params[i]]));
        const { subscription_id: _s, nothing: _n, ...expected } = row;
        assert.deepEqual(decodeNodeRow(stored), expected);
    });
    test('encodeNodeInto fills a reused array at an offset with the same parameters', () => {
        const params = new Array(NODE_PARAMS * 2).fill('stale');
        encodeNodeInto(params, NODE_PARAMS, ':Resource:', 'abstracted', row);
        assert.deepEqual(params.slice(NODE_PARAMS), encodeNode(':Resource:', 'abstracted', row));
        assert.deepEqual(params.slice(0, NODE_PARAMS), Array(NODE_PARAMS).fill('stale'));
    });
});
describe('RecentNodeIds', () => {
    test('an entry still in use survives generation changes; an unused one is dropped', () => {
        const cache = new RecentNodeIds(2);
        cache.remember('a', 1);
        cache.remember('b', 2);
        cache.remember('c', 3); // a and b become the previous generation
        assert.equal(cache.get('a'), 1); // used: carried into the current generation
        cache.remember('d', 4); // c and a become the previous generation, b is gone
        cache.remember('e', 5);
        assert.equal(cache.get('a'), 1);
        assert.equal(cache.get('b'), undefined);
        cache.clear();
        assert.equal(cache.get('a'), undefined);
    });
});
//# sourceMappingURL=sqlite-encoding.test.js.map