import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTimeline } from './timeline-scale.ts';

describe('layoutTimeline', () => {
  it('returns null when there is nothing to draw', () => {
    assert.equal(layoutTimeline([]), null);
  });
  it('spans whole years and puts days as dots, months and years as bars, on their rows', () => {
    const layout = layoutTimeline(
      [
        { iso: '2020-07-01', mentions: 2, published: 1 },
        { iso: '2021-02', mentions: 1, published: 0 },
        { iso: '2021', mentions: 1, published: 0 },
      ],
      810,
      110,
    )!;
    assert.deepEqual(layout.years.map((y) => y.year), [2020, 2021]);
    assert.equal(layout.years[0]!.x, 110);
    const day = layout.marks.filter((m) => m.iso === '2020-07-01');
    assert.deepEqual(day.map((m) => [m.row, m.width, m.count]), [['mentions', 0, 2], ['published', 0, 1]]);
    const month = layout.marks.find((m) => m.iso === '2021-02')!;
    const year = layout.marks.find((m) => m.iso === '2021')!;
    assert.ok(month.width > 0 && year.width > month.width * 10);
    assert.ok(day[0]!.x > 110 + 170 && day[0]!.x < 110 + 175, 'early July sits about halfway through 2020, the first of two years');
  });
});
