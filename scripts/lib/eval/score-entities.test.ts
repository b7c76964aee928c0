import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KeyEntity } from './answer-key.ts';
import type { ViewEntity } from './article-view.ts';
import { scoreEntities } from './score-entities.ts';

const key = (name: string, aliases: string[], optional = false): KeyEntity => ({ name, aliases, optional, roles: [] });
const got = (name: string, names: string[] = [name]): ViewEntity => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  names: names.map((n) => n.toLowerCase()),
  roles: [],
});

describe('scoreEntities', () => {
  it('matches on any shared name, alias or mention text', () => {
    const s = scoreEntities([key('Department for Education', ['Department for Education', 'DfE'])], [got('DfE', ['dfe'])]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
  });
  it('counts one person split into two entities as a false positive', () => {
    const s = scoreEntities([key('Ray Jones', ['Ray Jones', 'Jones'])], [got('Ray Jones'), got('Jones')]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 0]);
    assert.deepEqual(s.falsePositives, ['Jones']);
  });
  it('counts two people merged into one entity as a miss', () => {
    const s = scoreEntities(
      [key('Alan Wood', ['Alan Wood', 'Wood']), key('Jane Wood', ['Jane Wood'])],
      [got('Alan Wood', ['alan wood', 'jane wood', 'wood'])],
    );
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 1]);
  });
  it('lets an optional entry absorb a match without ever being a miss', () => {
    const s = scoreEntities([key('Lucie Carlier', ['Lucie Carlier'], true), key('Disqus', ['Disqus'], true)], [got('Lucie Carlier')]);
    assert.deepEqual([s.tp, s.fp, s.fn, s.absorbed], [0, 0, 0, 1]);
  });
  it('gives a contested extraction to the required entry, not the optional one', () => {
    // Optional entry listed first, both accept the single extraction "Guardian".
    const s = scoreEntities(
      [key('The Guardian (site)', ['theguardian.com', 'Guardian'], true), key('The Guardian', ['The Guardian'])],
      [got('The Guardian', ['guardian'])],
    );
    assert.deepEqual([s.tp, s.fn, s.absorbed], [1, 0, 0]);
  });
  it('does not match names that only share a word', () => {
    const s = scoreEntities([key('Kingston University', ['Kingston University'])], [got('Kingston', ['kingston'])]);
    assert.deepEqual([s.tp, s.fp, s.fn], [0, 1, 1]);
  });
});
