/**
 * updateDataFiles' promise: a patched build prints exactly what a full build prints,
 * and it patches whenever nothing global changed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpus, councilCuts, lgaReport, usSchools } from '../test/fixtures/resolve/corpus.ts';
import { makeArticle, NO_CURATION, org, person } from '../test/fixtures/resolve/make-article.ts';
import { updateDataFiles, type BuiltDataFiles, type PreviousRun } from './build-data-files.ts';
import type { ArticleInput } from './resolve/types.ts';
import { validateDataFiles } from './validate-data-files.ts';

/** Every data file as ingest prints it. */
function print(built: BuiltDataFiles): Map<string, string> {
  const { warnings: _warnings, ...files } = built.files;
  return new Map([...validateDataFiles({ ...files, articles: [] }).files].map(([name, pieces]) => [name, pieces.join('')]));
}

/** What an ingest keeps of `built` for the next run; an article's identity is its id, text and extraction. */
function keep(articles: ArticleInput[], built: BuiltDataFiles) {
  const identity = (a: ArticleInput) => JSON.stringify(a);
  const records = new Map(articles.map((a, i) => [identity(a), built.records[i]!]));
  const printed = print(built);
  return (next: ArticleInput[], bytes: (name: string) => Buffer | null = (name) => Buffer.from(printed.get(`${name}.json`)!)): PreviousRun => {
    const present = new Set(next.map(identity));
    return {
      global: built.global,
      records: next.map((a) => records.get(identity(a)) ?? null),
      removed: [...records].flatMap(([id, r]) => (present.has(id) ? [] : [r])),
      bytes,
    };
  };
}

/** Builds `before` in full, then `after` both ways: patched from `before`, and in full. */
function rebuild(before: ArticleInput[], after: ArticleInput[]) {
  const first = updateDataFiles(before, NO_CURATION, [], null);
  const patched = updateDataFiles(after, NO_CURATION, [], keep(before, first)(after));
  const full = updateDataFiles(after, NO_CURATION, [], null);
  return { patched, full };
}

/** councilCuts with a sentence added that quotes and names people other articles know. */
const councilCutsEdited = makeArticle(
  councilCuts.id,
  [
    ...councilCuts.segments.map((s) => s.text),
    'Sarah Khan of the Home Office said on 4 March 2015: “The review will report in the spring.”',
  ],
  [
    person('Judith Blake', ['Judith Blake', 'Blake']),
    org('Leeds City Council'),
    org('Local Government Association', ['Local Government Association', 'LGA'], 'LGA'),
    person('Amir Khan', ['Amir Khan', 'Khan'], 'Dr'),
    org('University of Leeds'),
    person('Sarah Khan'),
    org('Home Office'),
  ],
  {
    published: '2015-03-02',
    roles: [{ person: 'Sarah Khan', title: 'official', organisation: 'Home Office', paragraph: 4 }],
    quotes: [{ speaker: 'Sarah Khan', speakerKind: 'person', paragraph: 4, span: 1, text: 'The review will report in the spring.' }],
    dates: [{ text: '4 March 2015', iso: '2015-03-04' }],
    figures: [{ text: '£20m', kind: 'money', value: 20_000_000 }],
  },
);

describe('updateDataFiles', () => {
  it('patches when nothing changed, and prints the same files', () => {
    const { patched, full } = rebuild(corpus, corpus);
    assert.equal(patched.patched, true);
    assert.deepEqual(print(patched), print(full));
  });

  it('patches after an article gains a quote, a role, a date and names known elsewhere, and prints what a full build prints', () => {
    const after = [councilCutsEdited, lgaReport, usSchools];
    const { patched, full } = rebuild(corpus, after);
    assert.equal(patched.patched, true);
    assert.deepEqual(print(patched), print(full));
    assert.deepEqual(patched.files.warnings, full.files.warnings);
    assert.deepEqual(patched.records, full.records);
  });

  it('patches after an article is removed or added, dropping or adding its quotes, figures and dates', () => {
    const followUp = makeArticle(
      'follow-up',
      ['Judith Blake said on 9 March 2015 that Leeds City Council had found £5m.', '“It is not enough,” said Judith Blake.'],
      [person('Judith Blake'), org('Leeds City Council')],
      {
        published: '2015-03-10',
        quotes: [{ speaker: 'Judith Blake', speakerKind: 'person', paragraph: 2, span: 1, text: 'It is not enough,' }],
        dates: [{ text: '9 March 2015', iso: '2015-03-09' }],
        figures: [{ text: '£5m', kind: 'money', value: 5_000_000 }],
      },
    );
    const removed = rebuild([...corpus, followUp], corpus);
    assert.equal(removed.patched.patched, true);
    assert.deepEqual(print(removed.patched), print(removed.full));
    assert.ok(!print(removed.patched).get('quotes.json')!.includes('follow-up'));
    const added = rebuild(corpus, [...corpus, followUp]);
    assert.equal(added.patched.patched, true);
    assert.deepEqual(print(added.patched), print(added.full));
  });

  it('builds everything when an entity is new, and when the earlier files cannot be trusted', () => {
    const newcomer = makeArticle('newcomer', ['Priya Patel of the Home Office spoke.'], [person('Priya Patel'), org('Home Office')]);
    const grown = rebuild(corpus, [...corpus, newcomer]);
    assert.equal(grown.patched.patched, false);
    assert.deepEqual(print(grown.patched), print(grown.full));
    const first = updateDataFiles(corpus, NO_CURATION, [], null);
    const untrusted = updateDataFiles(corpus, NO_CURATION, [], keep(corpus, first)(corpus, () => null));
    assert.equal(untrusted.patched, false);
    assert.deepEqual(print(untrusted), print(first));
  });

  it('updates an organisation a new role names even where the article never mentions it otherwise', () => {
    const roleOnly = { ...councilCuts, extraction: { ...councilCuts.extraction, roles: [...councilCuts.extraction.roles, { person: 'Judith Blake', title: 'adviser', organisation: 'Home Office', paragraph: 1 }] } };
    const { patched, full } = rebuild(corpus, [roleOnly, lgaReport, usSchools]);
    assert.equal(patched.patched, true);
    assert.deepEqual(print(patched), print(full));
    const organisations = JSON.parse(print(patched).get('organisations.json')!) as { id: string; people: string[] }[];
    assert.deepEqual(organisations.find((o) => o.id === 'home-office')?.people, ['judith-blake', 'sarah-khan']);
  });

  it('gives each article the same links either way', () => {
    const { patched, full } = rebuild(corpus, [councilCutsEdited, lgaReport, usSchools]);
    for (let i = 0; i < 3; i++) assert.deepEqual(patched.links(i), full.links(i));
    assert.ok(full.links(0).some((l) => l.href === '../people/sarah-khan.html'));
  });
});
