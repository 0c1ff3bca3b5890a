import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JsonArrayScanner, JsonSplitError } from '../../src/io/json-array-elements.js';

/** The elements the scanner finds in `text`, fed in chunks of `size` bytes (1: every byte a chunk boundary). */
function split(text: string, size: number): unknown[] {
  const bytes = Buffer.from(text, 'utf8');
  const scanner = new JsonArrayScanner();
  const out: unknown[] = [];
  for (let i = 0; i < bytes.length; i += size) for (const e of scanner.push(bytes.subarray(i, i + size))) out.push(JSON.parse(e.text));
  scanner.end();
  return out;
}

const tricky = [
  { id: '/a', name: 'brackets ] } [ { , in a string', tags: { 'k"ey': 'va\\"l,ue' } },
  { id: '/b', nested: [[1, 2], { x: [] }], unicode: 'zoë 東京 🚀', escaped: '\\' },
  1.5,
  'a string element',
  null,
  [],
  {},
];

describe('jsonArrayElements: the elements of a top-level array, as their own texts', () => {
  for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
    it(`a bare array, pretty or compact, with and without a byte-order mark (chunks of ${size} bytes)`, () => {
      assert.deepEqual(split(JSON.stringify(tricky), size), tricky);
      assert.deepEqual(split(`\uFEFF  ${JSON.stringify(tricky, null, 2)}\n`, size), tricky);
    });

    it(`the "data" array of an object, whatever members come before or after it (chunks of ${size} bytes)`, () => {
      const doc = { count: 7, skip_token: 'x]"{', nested: { data: [9] }, data: tricky, total_records: 7, facets: [{ a: [1] }] };
      assert.deepEqual(split(JSON.stringify(doc, null, 1), size), tricky);
    });
  }

  it('an empty array has no elements', () => {
    assert.deepEqual(split('[]', 1), []);
    assert.deepEqual(split('{"data": []}', 1), []);
  });

  const refused: [string, string, number][] = [
    ['[{"a":1},{"a":2}', 'ends before', 2],
    ['[{"a":1},{"a":', 'ends before', 1],
    ['[{"a":1} {"a":2}]', 'expected a comma', 1],
    ['[{"a":1},,{"a":2}]', 'a comma where an element', 1],
    ['[{"a":1},]', 'a comma before the closing bracket', 1],
    ['[{"a":1}] x', 'after the end', 1],
    ['{"count": 1}', 'a "data" array', -1],
    ['{"data": {"a": 1}}', 'a "data" array', -1],
    ['"just a string"', 'expected an array', -1],
  ];
  for (const [text, reason, element] of refused) {
    it(`refuses ${JSON.stringify(text)}: ${reason}`, () => {
      for (const size of [1, 1 << 20]) {
        assert.throws(
          () => split(text, size),
          (err: unknown) => err instanceof JsonSplitError && err.message.includes(reason) && err.element === element,
        );
      }
    });
  }
});
