import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InternalError } from '../../src/domain/errors.js';
import { scaleUpKind } from '../../src/operations/kinds/scale-up-kind.js';
import { describeKind, operationKind, registerOperationKinds } from '../../src/operations/kinds/registry.js';
import { PARITY_CHECKS } from '../../src/operations/validate-operation.js';
// The registration list the library's entry point loads.
import '../../src/operation-kinds.js';

describe('operation kinds (the registry)', () => {
  test('every kind a record can name is registered, with what cleanup and validation ask of it', () => {
    const kinds = ['template', 'scenario', 'random', 'generate-tenant', 'import', 'new-tenant', 'scale-down-delete'].map(operationKind);
    assert.deepEqual(
      kinds.map((k) => [k.name, k.marksItsNodes, k.createsTenant]),
      [
        ['template', true, false],
        ['scenario', true, false],
        ['random', true, false],
        ['generate-tenant', false, true],
        ['import', false, true],
        ['new-tenant', false, true],
        ['scale-down-delete', false, false],
      ],
    );
    assert.equal(operationKind('scale-down-delete').removedResources?.({ params: { removedResources: 7 } } as never), 7);
  });

  test('a name no kind was registered under is an error naming the known ones, never a silent default', () => {
    assert.throws(
      () => operationKind('teleport'),
      (e: unknown) => e instanceof InternalError && /operation kind teleport is not known/.test(e.message) && /template, scenario, random/.test(e.message),
    );
    assert.equal(describeKind('teleport'), 'teleport', 'messages show an unknown name as it is');
  });

  test('a second definition under a taken name is refused; the same one again is a no-op', () => {
    const again = operationKind('template');
    registerOperationKinds(again);
    assert.equal(operationKind('template'), again);
    assert.throws(() => registerOperationKinds(scaleUpKind({ name: 'template', description: 'another', checks: PARITY_CHECKS })), InternalError);
    assert.equal(operationKind('template'), again);
  });
});
