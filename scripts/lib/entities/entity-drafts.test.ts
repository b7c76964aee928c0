import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { finishDrafts, nameKey, newDraft } from './entity-drafts.ts';

describe('nameKey', () => {
  test('ignores case, accents, a leading "the", a possessive and spacing', () => {
    assert.equal(nameKey('The  Guardian'), 'guardian');
    assert.equal(nameKey('Barnardo’s'), 'barnardo');
    assert.equal(nameKey('Zoë Lefèvre'), 'zoe lefevre');
  });
});

describe('finishDrafts', () => {
  const text = "Last week, Barnardo's was one. Nato's chief spoke.";
  const draft = (name: string, start: number) => ({ ...newDraft('organisation', name), mentions: [{ paragraph: 1, start, end: start + name.length, text: name }] });

  test("keeps an \"'s\" that is part of a one-word name", () => {
    const [entity] = finishDrafts([draft('Barnardo', 11)], () => text);
    assert.equal(entity?.name, "Barnardo's");
    assert.equal(entity?.mentions[0]?.text, "Barnardo's");
  });

  test("leaves a real possessive outside the name", () => {
    assert.equal(finishDrafts([draft('Nato', 31)], () => text)[0]?.name, 'Nato');
  });

  test('sorts by kind, then name, and drops drafts with no mention and no byline', () => {
    const person = { ...newDraft('person', 'Ann Lee'), byline: true };
    const out = finishDrafts([draft('Zeta', 0), person, newDraft('organisation', 'Empty'), draft('Alpha', 5)], () => text);
    assert.deepEqual(out.map((e) => e.name), ['Alpha', 'Zeta', 'Ann Lee']);
  });
});
