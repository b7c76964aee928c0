import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildOfflineIndex, META_BITS, searchablePages, weightUnits, type IndexInput } from './build-offline-index.ts';
import type { SearchPage } from './extract-search-page.ts';
import { loadOfflineEngine } from './load-offline-engine.ts';

const engine = loadOfflineEngine();
const positions = (text: string) => JSON.parse(JSON.stringify(engine.positions(text))) as ReturnType<typeof engine.positions>;

function page(title: string, body: string, extra: Partial<SearchPage> = {}): SearchPage {
  return {
    hasBody: true,
    blocks: [
      { text: title, weight: 7 },
      { text: body, weight: 1 },
    ],
    filters: { kind: ['article'] },
    meta: { title },
    sort: {},
    description: null,
    ...extra,
  };
}

const inputs: IndexInput[] = [
  { url: 'articles/b.html', page: page('Ferry fares rise', 'Fares rise again. Fares, fares, fares.', { filters: { kind: ['article'], publication: ['Harbour Gazette'], year: ['2019'] }, sort: { date: '2019-04-02' }, meta: { title: 'Ferry fares rise', date: '2019-04-02' } }) },
  { url: 'people/aisha-khan.html', page: page('Aisha Khan', 'Transport campaigner quoted on ferry-fare rises.', { filters: { kind: ['person'] }, meta: { title: 'Aisha Khan', names: 'A. Khan; Aisha K.' } }) },
  { url: 'index.html', page: { ...page('Home', 'Listing'), hasBody: false } },
];
const index = buildOfflineIndex(searchablePages(inputs), { positions });
const postingsOf = (word: string) => index.postings[index.terms.indexOf(word)];

describe('searchablePages', () => {
  it('keeps only pages with a body element when any page has one', () => {
    assert.deepEqual(searchablePages(inputs).map((i) => i.url), ['articles/b.html', 'people/aisha-khan.html']);
  });

  it('keeps every page when no page marks a body', () => {
    const none = inputs.map((i) => ({ ...i, page: { ...i.page, hasBody: false } }));
    assert.equal(searchablePages(none).length, 3);
  });
});

describe('weightUnits', () => {
  it('uses 24 units per unit of weight, capped at 10, at least 1 unless 0', () => {
    assert.deepEqual([1, 7, 0.5, 12, 0.01, 0].map(weightUnits), [24, 168, 12, 240, 1, 0]);
  });
});

describe('buildOfflineIndex', () => {
  it('stores one row per searchable page in input order, with URL, title and excerpt', () => {
    assert.deepEqual(index.rows, [
      ['articles/b.html', 'Ferry fares rise', 'Fares rise again. Fares, fares, fares.'],
      ['people/aisha-khan.html', 'Aisha Khan', 'Transport campaigner quoted on ferry-fare rises.'],
    ]);
    assert.equal(index.pageCount, 2);
  });

  it('keeps Pagefind word count, date and filter profile per page as columns of codes', () => {
    assert.deepEqual(index.pages, { words: [9, 8], dates: [0, -1], profiles: [0, 1] });
    assert.deepEqual(index.dates, ['2019-04-02']);
    // Profiles: [kind, publication codes, year codes], shared by pages alike.
    assert.deepEqual(index.profiles, [[0, [0], [0]], [1, [], []]]);
    assert.deepEqual([index.publications, index.years], [['Harbour Gazette'], ['2019']]);
    assert.equal(index.averageWords, 8.5);
  });

  it('sums weight units per word and page, times 8 plus the metadata mask, and delta-encodes the postings', () => {
    // Page 0: the h1 (168) and four body uses (4 x 24), and in the title; page 1: half of one compound chunk.
    assert.deepEqual(postingsOf('fare'), [0, (168 + 96) * 8 + META_BITS.title, 1, 12 * 8]);
    assert.deepEqual(index.terms, [...index.terms].sort());
  });

  it('marks the words of other names in the mask, whether or not the body has them', () => {
    // `Aisha K.` gives `k`, in the other names only: a zero count, the names bit.
    assert.deepEqual(postingsOf('k'), [1, META_BITS.names]);
    assert.deepEqual(postingsOf('khan'), [1, 168 * 8 + (META_BITS.title | META_BITS.names)]);
  });

  it('records compound chunks as groups sharing a position, with the weight split between parts', () => {
    const members = (g: number[]) => g.slice(2).map((id) => index.terms[id]);
    const ferryFare = index.groups.find((g) => members(g).includes('ferryfar'));
    assert.ok(ferryFare, 'ferry-fare is a group');
    assert.deepEqual([ferryFare.slice(0, 2), members(ferryFare)], [[24, 12], ['ferryfar', 'fare', 'ferri']]);
  });

  it('indexes title and date metadata words with a zero count so that they match without weighing', () => {
    assert.deepEqual(postingsOf('20190402'), [0, META_BITS.date]);
    assert.deepEqual(postingsOf('2019'), [0, META_BITS.date]);
  });

  it('prefers the page description as the excerpt and shortens long ones at a word', () => {
    const built = buildOfflineIndex([{ url: 'a.html', page: page('T', 'x', { description: 'word '.repeat(100) }) }], { positions, excerptChars: 30 });
    const excerpt = built.rows[0]![2];
    assert.ok(excerpt.endsWith('…') && excerpt.length <= 31, excerpt);
  });
});
