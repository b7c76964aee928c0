import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNameCandidates } from './find-name-candidates.ts';

// markLists runs inside findNameCandidates; these read its marks on the finder's output.
describe('markLists', () => {
  test('links coordinated names into one list and marks lists after "organisations such as"', () => {
    const found = findNameCandidates({ paragraph: 1, kind: 'body', text: 'private sector organisations such as G4S, Serco, Atos and others' }, new Set());
    assert.equal(new Set(found.map((c) => c.list)).size, 1);
    assert.ok(found.every((c) => c.list >= 0 && c.orgList));
  });

  test('links names across a possessive place ("Italy\'s Giorgia Meloni")', () => {
    const found = findNameCandidates({ paragraph: 1, kind: 'body', text: "Germany's Olaf Scholz and Italy's Giorgia Meloni" }, new Set());
    const list = found.filter((c) => c.list >= 0).map((c) => c.tokens.map((t) => t.text).join(' '));
    assert.deepEqual(list, ['Olaf Scholz', 'Giorgia Meloni']);
  });

  test('links a bare acronym to a defined body across the definition\'s bracket', () => {
    const found = findNameCandidates({ paragraph: 1, kind: 'body', text: 'We work with the World Food Programme (WFP) and KfW on the scheme.' }, new Set());
    const list = found.filter((c) => c.list >= 0).map((c) => c.tokens.map((t) => t.text).join(' '));
    assert.deepEqual(list, ['WFP', 'KfW']);
  });

  test('does not link a name to the title in its apposition', () => {
    const found = findNameCandidates({ paragraph: 1, kind: 'body', text: 'Diane Abbott, the MP for Hackney North and Stoke Newington, said' }, new Set());
    assert.equal(found.find((c) => c.tokens[0]?.text === 'Diane')?.list, -1);
  });

  test('does not link an apposition of two names', () => {
    const found = findNameCandidates({ paragraph: 1, kind: 'body', text: 'Kathy Evans, Children England, said' }, new Set());
    assert.ok(found.every((c) => c.list === -1));
  });
});
