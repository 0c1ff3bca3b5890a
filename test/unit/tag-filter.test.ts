import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { patternOf, type ScaleDownRequest } from '../../src/console/scale-down-request.js';
import { parseTagFilter } from '../../src/scale-down/patterns.js';

describe('tag filters: exact in the library, trimmed in the console form', () => {
  it('the library takes keys and values as given (a trailing space is part of a look-alike key)', () => {
    assert.deepEqual(
      [...parseTagFilter(['env =prod ', 'team=web'])],
      [
        ['env ', 'prod '],
        ['team', 'web'],
      ],
    );
  });

  it('the console drops the spaces a person types around keys, values and commas, and empty pairs', () => {
    const spec = patternOf({ tags: ' env = prod , team=web ,' } as ScaleDownRequest);
    assert.deepEqual(
      [...(spec.tags ?? [])],
      [
        ['env', 'prod'],
        ['team', 'web'],
      ],
    );
  });
});
