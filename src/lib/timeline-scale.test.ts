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
  it('groups years into round bands of 2, 5, 10… years when one year would be too narrow to label', () => {
    const layout = layoutTimeline([{ iso: '1995', mentions: 1, published: 0 }, { iso: '2016-03-01', mentions: 1, published: 1 }, { iso: '2030', mentions: 1, published: 0 }], 810, 110)!;
    assert.deepEqual(layout.span, [1995, 2030]);
    assert.deepEqual(layout.years.map((y) => y.year), [1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]);
    for (const [a, b] of layout.years.slice(0, -1).map((y, i) => [y, layout.years[i + 1]!] as const)) assert.ok(Math.abs(a.x + a.width - b.x) < 0.2, 'bands touch');
    const offset = layoutTimeline([{ iso: '1999', mentions: 1, published: 0 }, { iso: '2031', mentions: 1, published: 0 }], 810, 110)!;
    assert.ok(offset.years.every((y) => y.width >= 40), offset.years.map((y) => `${y.year}:${y.width}`).join(' '));
    const wide = layoutTimeline([{ iso: '1800', mentions: 1, published: 0 }, { iso: '9999', mentions: 1, published: 0 }])!;
    assert.ok(wide.years.length <= 20, `${wide.years.length} bands`);
  });
});
