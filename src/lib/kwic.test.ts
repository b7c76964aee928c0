import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupMentions, kwicLine, kwicLines } from './kwic.ts';

const m = (article: string, paragraph: number, text: string, start: number, context: string) => ({ article, paragraph, text, start, context });

describe('kwicLine', () => {
  it('splits the sentence around the keyword', () => {
    assert.deepEqual(kwicLine('The mayor, Ana Silva, resigned.', 'Ana Silva'), { before: 'The mayor, ', match: 'Ana Silva', after: ', resigned.' });
  });
  it('marks the nth occurrence when asked', () => {
    const line = kwicLine('Silva met Silva.', 'Silva', 1);
    assert.equal(line.before, 'Silva met ');
    assert.equal(line.after, '.');
  });
  it('falls back to a case-insensitive match, then to the plain sentence', () => {
    assert.equal(kwicLine('THE NHS TRUST SAID', 'NHS Trust').match, 'NHS TRUST');
    assert.deepEqual(kwicLine('No name here.', 'Silva'), { before: 'No name here.', match: '', after: '' });
  });
  it('trims very long sides at a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(100);
    const line = kwicLine(`${long}Silva ${long}`, 'Silva');
    assert.ok(line.before.startsWith('…'));
    assert.ok(line.after.endsWith('…'));
    assert.ok(line.before.length <= 162 && line.after.length <= 162);
  });
});

describe('kwicLines', () => {
  it('highlights successive occurrences for repeated mentions in one sentence', () => {
    const ctx = 'Jones said Jones would go.';
    const lines = kwicLines([m('a', 1, 'Jones', 0, ctx), m('a', 1, 'Jones', 11, ctx)]);
    assert.equal(lines[0]!.before, '');
    assert.equal(lines[1]!.before, 'Jones said ');
  });
});

describe('groupMentions', () => {
  const mentions = [m('b', 2, 'X', 0, 'X.'), m('a', 3, 'X', 0, 'X.'), m('a', 1, 'X', 5, 'X.'), m('a', 1, 'X', 0, 'X.'), m('c', 1, 'X', 0, 'X.')];
  it('orders groups by the given article order and mentions by paragraph and offset', () => {
    const groups = groupMentions(mentions, new Map([['b', 0], ['a', 1]]), { perArticle: 10, total: 10 });
    assert.deepEqual(groups.map((g) => g.article), ['b', 'a', 'c']);
    assert.deepEqual(groups[1]!.shown.map((x) => [x.paragraph, x.start]), [[1, 0], [1, 5], [3, 0]]);
  });
  it('caps per article and overall but keeps the full counts', () => {
    const groups = groupMentions(mentions, new Map([['a', 0], ['b', 1], ['c', 2]]), { perArticle: 2, total: 3 });
    assert.deepEqual(groups.map((g) => [g.article, g.count, g.shown.length]), [['a', 3, 2], ['b', 1, 1], ['c', 1, 0]]);
  });
});
