import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreComments } from './score-comments.ts';

const key = [
  { author: 'Gerald', date: '2014-06-05', starts: 'There seems' },
  { author: 'snowmoon', date: null, starts: 'Thank you!' },
];

describe('scoreComments', () => {
  it('matches comments by author and, when the key dates them, by date', () => {
    const s = scoreComments(key, [
      { author: 'Gerald', date: '2014-06-05' },
      { author: 'Snowmoon', date: '2014-06-09' },
    ]);
    assert.deepEqual([s.tp, s.fp, s.fn], [2, 0, 0]);
  });
  it('rejects a comment with the right author but the wrong date', () => {
    const s = scoreComments(key, [{ author: 'Gerald', date: '2014-06-06' }]);
    assert.deepEqual([s.tp, s.fp, s.fn], [0, 1, 2]);
  });
});
