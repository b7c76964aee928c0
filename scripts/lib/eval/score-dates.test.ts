import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreDates } from './score-dates.ts';

const keyDates = [
  { text: 'on Friday', iso: '2014-06-20', optional: false },
  { text: 'April', iso: '2014-04', optional: false },
  { text: 'next week', iso: '2014-06', optional: true },
];

describe('scoreDates', () => {
  it('scores sets of ISO values, whatever the surface text', () => {
    const s = scoreDates(keyDates, [{ iso: '2014-06-20', texts: ['20 June'] }, { iso: '2014-05', texts: ['May'] }]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
    assert.deepEqual(s.misses, ['2014-04 (April)']);
    assert.deepEqual(s.falsePositives, ['2014-05 (May)']);
  });
  it('neither misses nor penalises optional values', () => {
    const found = scoreDates(keyDates, [{ iso: '2014-06', texts: ['next week'] }]);
    assert.deepEqual([found.fp, found.absorbed], [0, 1]);
    assert.equal(found.misses.some((m) => m.startsWith('2014-06 ')), false);
  });
  it('treats a value that is required once as required even if another text is optional', () => {
    const s = scoreDates(
      [
        { text: 'June', iso: '2014-06', optional: false },
        { text: 'next month', iso: '2014-06', optional: true },
      ],
      [],
    );
    assert.equal(s.fn, 1);
  });
});
