import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OperationRecord } from '../../src/domain/operation-record.js';
import { plannedOfRecord } from '../../src/operations/planned-outcome.js';
import { TEMPLATE_KIND } from '../../src/scale-up/template-kind.js';
import { markersCheck, stampCheck } from '../../src/operations/validation-checks.js';
import type { MarkerGroup } from '../../src/store/graph-store.js';

const T = 'tenant-1';
const good: MarkerGroup = {
  synthetic: true,
  tenantId: T,
  strategy: 'scenario',
  timestamp: '2026-12-01T12:00:00.000Z',
  templateSource: false,
  copyIndex: false,
  count: 10,
};

const record = (kind: OperationRecord['kind'], params: Record<string, unknown>): OperationRecord => ({
  id: 'op',
  tenantId: T,
  kind,
  status: 'completed',
  params,
  startedAt: good.timestamp!,
  finishedAt: null,
  resourcesCreated: 12,
  relationshipsCreated: 30,
  metrics: null,
  error: null,
});

describe('validation checks (pure)', () => {
  test('synthetic-markers judges values against the operation, and counts every wrong node once', () => {
    const expected = { tenantId: T, strategy: 'scenario' as const, timestamp: good.timestamp! };
    assert.equal(markersCheck([good], expected).passed, true);
    const wrong = markersCheck([good, { ...good, tenantId: 'other', synthetic: false, count: 2 }, { ...good, strategy: 'random', count: 3 }], expected);
    assert.equal(wrong.passed, false);
    assert.match(wrong.detail, /^5 operation nodes with wrong markers/);
    assert.match(wrong.detail, /2 not synthetic; 2 tenant_id other; 3 generation_strategy random/);
  });

  test('synthetic-markers without a record (strategy and start unknown): present, and copies of templates carry their template and index', () => {
    const unknown = { tenantId: T };
    assert.equal(markersCheck([{ ...good, strategy: 'template', templateSource: true, copyIndex: true }], unknown).passed, true);
    assert.equal(markersCheck([{ ...good, strategy: 'template', templateSource: true, copyIndex: false }], unknown).passed, false);
    assert.equal(markersCheck([{ ...good, strategy: null }], unknown).passed, false);
    assert.equal(markersCheck([{ ...good, timestamp: null }], unknown).passed, false);
  });

  test('stamp-connectivity: the planned stamps, or (plan unknown) as many as found', () => {
    const graph = {
      nodes: [
        { id: 'a', type: 'x', stamp: 's1', role: null },
        { id: 'b', type: 'x', stamp: 's1', role: null },
      ],
      relationships: [{ src: 'a', type: 'R', dst: 'b' }],
    };
    assert.equal(stampCheck(graph, 1).passed, true);
    assert.equal(stampCheck(graph, 2).passed, false, 'a stamp written is missing');
    assert.equal(stampCheck(graph, undefined).passed, true);
  });

  test('the plan a record carries, or for an older record the totals it wrote', () => {
    const planned = { byType: [{ key: 'x', count: 12 }], relationships: 30, profile: [{ from: 'x', type: 'R', to: 'x', count: 30 }], stamps: 2 };
    assert.deepEqual(plannedOfRecord(record('scenario', { planned })), planned);
    assert.deepEqual(plannedOfRecord(record('scenario', {})), { resources: 12, relationships: 30 });
    assert.deepEqual(plannedOfRecord(record('template', { scaleFactor: 3 }), TEMPLATE_KIND.legacyPlan), { resources: 12, relationships: 30, inDegree: true });
    assert.deepEqual(plannedOfRecord(record('template', { scaleFactor: 2.5, planned: { byType: 'garbled' } }), TEMPLATE_KIND.legacyPlan), {
      resources: 12,
      relationships: 30,
      inDegree: false,
    });
  });
});
