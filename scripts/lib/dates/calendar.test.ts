import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRealDay, parseReference, shiftDays, shiftMonths, toIso, weekdayOf } from './calendar.ts';

describe('calendar', () => {
  it('parses references of day, month and year precision and rejects others', () => {
    assert.deepEqual(parseReference('2014-06-20'), { year: 2014, month: 6, day: 20 });
    assert.deepEqual(parseReference('2014-06'), { year: 2014, month: 6, day: null });
    assert.deepEqual(parseReference('2014'), { year: 2014, month: null, day: null });
    assert.equal(parseReference(null), null);
    assert.equal(parseReference('June 2014'), null);
  });

  it('shifts days across month and year ends', () => {
    assert.deepEqual(shiftDays({ year: 2015, month: 3, day: 1 }, -1), { year: 2015, month: 2, day: 28 });
    assert.deepEqual(shiftDays({ year: 2016, month: 12, day: 30 }, 3), { year: 2017, month: 1, day: 2 });
  });

  it('shifts months across year ends', () => {
    assert.deepEqual(shiftMonths(2016, 1, -1), { year: 2015, month: 12 });
    assert.deepEqual(shiftMonths(2016, 12, 1), { year: 2017, month: 1 });
  });

  it('knows weekdays and impossible days', () => {
    assert.equal(weekdayOf({ year: 2014, month: 6, day: 20 }), 5);
    assert.equal(isRealDay(2014, 6, 31), false);
    assert.equal(isRealDay(2016, 2, 29), true);
  });

  it('formats ISO text at each precision', () => {
    assert.equal(toIso('day', 2014, 5, 9), '2014-05-09');
    assert.equal(toIso('month', 2014, 5), '2014-05');
    assert.equal(toIso('year', 2014), '2014');
  });
});
