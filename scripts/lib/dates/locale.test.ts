import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prefersMonthFirst } from './locale.ts';

describe('prefersMonthFirst', () => {
  it('reads the majority of unambiguous dates', () => {
    assert.equal(prefersMonthFirst(['The vote is on March 4, and the count on March 5.']), true);
    assert.equal(prefersMonthFirst(['The vote is on 4 March, and the count on 5 March.']), false);
    assert.equal(prefersMonthFirst(['Filed 13/04/15.']), false);
  });

  it('follows the parser where it has a verdict: a British site and sums in pounds outweigh one US-style date', () => {
    assert.equal(prefersMonthFirst(['A £2m fine and a £40 fee were set on 12/01/25.', 'The semi-final is on April 12.']), false);
    assert.equal(prefersMonthFirst(['The semi-final is on April 12.']), true);
  });
});
