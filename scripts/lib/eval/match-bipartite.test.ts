import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maximumMatching } from './match-bipartite.ts';

describe('maximumMatching', () => {
  it('re-routes an earlier match to find a larger matching', () => {
    // left 0 likes both rights; left 1 likes only right 0: greedy would match one pair.
    const edges = [
      [true, true],
      [true, false],
    ];
    const pairs = maximumMatching(2, 2, (l, r) => edges[l]?.[r] ?? false);
    assert.deepEqual(pairs, [
      { left: 0, right: 1 },
      { left: 1, right: 0 },
    ]);
  });
  it('never matches one item twice', () => {
    const pairs = maximumMatching(3, 1, () => true);
    assert.equal(pairs.length, 1);
  });
  it('matches the items tried first when the matching cannot cover everyone', () => {
    const pairs = maximumMatching(2, 1, () => true, [1, 0]);
    assert.deepEqual(pairs, [{ left: 1, right: 0 }]);
  });
  it('returns no pairs when nothing is adjacent', () => {
    assert.deepEqual(maximumMatching(2, 2, () => false), []);
  });
});
