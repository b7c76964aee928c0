import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBlocks } from './split-blocks.ts';

describe('splitBlocks', () => {
  it('splits on blank and whitespace-only lines and records indentation', () => {
    assert.deepEqual(splitBlocks('\n\nA\n  b  \n \u00a0\nC'), [
      { lines: [{ text: 'A', indent: 0 }, { text: 'b', indent: 2 }] },
      { lines: [{ text: 'C', indent: 0 }] },
    ]);
  });

  it('returns no blocks for blank text', () => {
    assert.deepEqual(splitBlocks(' \n\n'), []);
  });
});
