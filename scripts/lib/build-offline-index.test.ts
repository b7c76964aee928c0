import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildOfflineIndex, searchablePages, serializeOfflineIndex, weightUnits, type IndexInput } from './build-offline-index.ts';
import type { SearchPage } from './extract-search-page.ts';
import { evaluateOfflineIndex, loadOfflineEngine } from './load-offline-engine.ts';

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
  it('stores one row per searchable page, sorted by URL, with kind, date, filters, Pagefind word count and other names', () => {
    assert.deepEqual(index.pages, [
      ['articles/b.html', 'Ferry fares rise', 0, '2019-04-02', 'Fares rise again. Fares, fares, fares.', [0], ['2019'], 9, ''],
      ['people/aisha-khan.html', 'Aisha Khan', 1, null, 'Transport campaigner quoted on ferry-fare rises.', [], [], 8, 'A. Khan; Aisha K.'],
    ]);
    assert.deepEqual(index.publications, ['Harbour Gazette']);
    assert.equal(index.averageWords, 8.5);
  });

  it('sums weight units per word and page and delta-encodes the postings', () => {
    // Page 0: the h1 (168) and four body uses (4 x 24); page 1: half of one compound chunk.
    assert.deepEqual(postingsOf('fare'), [0, 168 + 96, 1, 12]);
    assert.deepEqual(index.terms, [...index.terms].sort());
  });

  it('records compound chunks as groups sharing a position, with the weight split between parts', () => {
    const members = (g: number[]) => g.slice(2).map((id) => index.terms[id]);
    const ferryFare = index.groups.find((g) => members(g).includes('ferryfar'));
    assert.ok(ferryFare, 'ferry-fare is a group');
    assert.deepEqual([ferryFare.slice(0, 2), members(ferryFare)], [[24, 12], ['ferryfar', 'fare', 'ferri']]);
  });

  it('indexes title and date metadata words with a zero count so that they match without weighing', () => {
    assert.deepEqual(postingsOf('20190402'), [0, 0]);
    assert.deepEqual(postingsOf('2019'), [0, 0]);
  });

  it('prefers the page description as the excerpt and shortens long ones at a word', () => {
    const built = buildOfflineIndex([{ url: 'a.html', page: page('T', 'x', { description: 'word '.repeat(100) }) }], { positions, excerptChars: 30 });
    const excerpt = built.pages[0]![4];
    assert.ok(excerpt.endsWith('…') && excerpt.length <= 31, excerpt);
  });
});

describe('serializeOfflineIndex', () => {
  it('writes a classic script that defines the same index and cannot close a script element', () => {
    const tricky = buildOfflineIndex([{ url: 'a.html', page: page('</script><b>', 'x') }], { positions });
    const source = serializeOfflineIndex(tricky);
    assert.ok(!source.includes('</script>'));
    assert.deepEqual(JSON.parse(JSON.stringify(evaluateOfflineIndex(source))), tricky);
  });
});
