import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDateTree, precisionOf, withAncestors } from './date-tree.ts';

describe('precisionOf and withAncestors', () => {
  it('reads the precision from the ISO form and lists the dates above it', () => {
    assert.equal(precisionOf('2019-03-07'), 'day');
    assert.equal(precisionOf('2019-03'), 'month');
    assert.equal(precisionOf('2019'), 'year');
    assert.deepEqual(withAncestors('2019-03-07'), ['2019-03-07', '2019-03', '2019']);
  });
});

describe('buildDateTree', () => {
  const tree = buildDateTree(
    [
      { iso: '2019-03-07', mentions: 2 },
      { iso: '2019-05', mentions: 1 },
      { iso: '2021-01-02', mentions: 1 },
    ],
    [
      { id: 'late', published: '2019-03-09' },
      { id: 'early', published: '2019-03' },
      { id: 'undated', published: null },
    ],
  );
  const node = (iso: string) => tree.find((n) => n.iso === iso)!;

  it('builds months and years above day dates even when the data never names them', () => {
    assert.deepEqual(tree.map((n) => n.iso), ['2019', '2019-03', '2019-03-07', '2019-03-09', '2019-05', '2021', '2021-01', '2021-01-02']);
    assert.equal(node('2021').named, false);
    assert.equal(node('2019-03').named, true);
  });
  it('links each date up to its parent and down to its children', () => {
    assert.equal(node('2019-03-07').parent, '2019-03');
    assert.equal(node('2019-03').parent, '2019');
    assert.equal(node('2019').parent, null);
    assert.deepEqual(node('2019').children, ['2019-03', '2019-05']);
    assert.deepEqual(node('2019-03').children, ['2019-03-07', '2019-03-09']);
  });
  it('rolls mentions and publications up into months and years', () => {
    assert.equal(node('2019').mentions, 0);
    assert.equal(node('2019').mentionsWithin, 3);
    assert.deepEqual(node('2019-03').published, ['early', 'late']);
    assert.deepEqual(node('2019-03-09').published, ['late']);
  });
  it('links neighbours at the same precision', () => {
    assert.equal(node('2019-03').next, '2019-05');
    assert.equal(node('2019-05').next, '2021-01');
    assert.equal(node('2019').next, '2021');
    assert.equal(node('2019-03-07').previous, null);
  });
});
