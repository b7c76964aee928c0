import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildOfflineIndex } from './build-offline-index.ts';
import { indexInput } from './index-input-fixture.ts';
import { evaluateOfflineEngine, loadOfflineEngine } from './load-offline-engine.ts';

const engine = loadOfflineEngine();
// Values made in the vm have another realm's prototypes; compare plain copies.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const entry = indexInput;

const filler = 'The council met on Tuesday to discuss the budget for schools, roads and libraries in the district. '.repeat(6);
const index = buildOfflineIndex(
  [
    entry('articles/bridge.html', 'article', 'Bridge closure angers commuters', `${filler} Councillor Priya Natarajan said Natarajan’s team would reopen the bridge. Natarajan agreed.`, { publication: 'Valley Echo', date: '2021-05-03' }),
    entry('articles/budget.html', 'article', 'Budget row over libraries', `${filler} Mr Okafor criticised the plan.`, { publication: 'County Times', date: '2019-11-20' }),
    entry('people/priya-natarajan.html', 'person', 'Priya Natarajan', 'Councillor. Mentioned in one article.'),
    entry('people/daniel-okafor.html', 'person', 'Daniel Okafor', 'Campaigner. Mentioned in one article.'),
    entry('organisations/valley-rail.html', 'organisation', 'Valley Rail', 'Operator of the line.'),
  ],
  { positions: (t) => plain(engine.positions(t)) },
);
const urls = (query: string, options?: Parameters<typeof engine.search>[2]) => plain(engine.search(index, query, options)).map((r) => r.url);

describe('stem', () => {
  it('stems like the Porter2 (Snowball English) reference vocabulary', () => {
    const pairs = {
      consign: 'consign', consigned: 'consign', consistency: 'consist', consolatory: 'consolatori', conspiracy: 'conspiraci',
      constable: 'constabl', knackeries: 'knackeri', kneeling: 'kneel', knightly: 'knight', knitting: 'knit', knives: 'knive',
      generously: 'generous', communities: 'communiti', hopping: 'hop', hoping: 'hope', agreed: 'agre', ties: 'tie', gas: 'gas',
      skies: 'sky', news: 'news', privatisation: 'privatis', petitions: 'petit', relational: 'relat', an: 'an', by: 'by',
      // As Pagefind's stemmer does, where it differs from the published vocabulary (see search-stem.js).
      bying: 'bi', added: 'add', egged: 'egg', odding: 'odd', inned: 'in', upped: 'up', hopped: 'hop', evenings: 'evening',
    };
    for (const [word, stem] of Object.entries(pairs)) assert.equal(engine.stem(word), stem, word);
  });
});

describe('positions', () => {
  it('squeezes each whitespace chunk to letters and digits and adds compound parts with their count', () => {
    assert.deepEqual(plain(engine.positions('Zoë’s child-protection LaingBuisson G4S, 2014-06')), [
      { main: 'zoe', parts: ['zoe’'], k: 1, mainIsPart: false },
      { main: 'childprotect', parts: ['child', 'protect'], k: 2, mainIsPart: false },
      { main: 'laingbuisson', parts: ['la', 'buisson'], k: 2, mainIsPart: false }, // Porter2: laing -> la
      { main: 'g4s', parts: [], k: 0, mainIsPart: false },
      { main: '201406', parts: ['2014', '06'], k: 2, mainIsPart: false },
    ]);
  });

  it('flags a part that equals the whole word and skips chunks without letters or digits', () => {
    assert.deepEqual(plain(engine.positions("Barnardo's — ...")), [{ main: 'barnardo', parts: [], k: 1, mainIsPart: true }]);
  });
});

describe('queryTerms', () => {
  it('drops punctuation, lowercases, folds accents and stems each word', () => {
    assert.deepEqual(plain(engine.queryTerms('  Zoë’s "Child-Protection" petitions ')), ['zoe', 'childprotect', 'petit']);
  });
});

describe('search', () => {
  it('puts the person page first for a surname', () => {
    assert.equal(urls('natarajan')[0], 'people/priya-natarajan.html');
    assert.equal(urls('Okafor')[0], 'people/daniel-okafor.html');
  });

  it('requires every query word and matches word prefixes', () => {
    assert.deepEqual(urls('priya natarajan').sort(), ['articles/bridge.html', 'people/priya-natarajan.html']);
    assert.deepEqual(urls('natarajan okafor'), []);
    assert.ok(urls('natara').includes('people/priya-natarajan.html'));
  });

  it('narrows by kind, publication and year', () => {
    assert.deepEqual(urls('natarajan', { filters: { kind: 'article' } }), ['articles/bridge.html']);
    assert.deepEqual(urls('council', { filters: { publication: 'County Times' } }), ['articles/budget.html']);
    assert.deepEqual(urls('council', { filters: { year: '2021' } }), ['articles/bridge.html']);
  });

  it('sorts by date with undated pages last, and lists filtered pages for an empty query', () => {
    assert.deepEqual(urls('council', { sort: 'date-desc' }), ['articles/bridge.html', 'articles/budget.html', 'people/priya-natarajan.html']);
    assert.deepEqual(urls('council', { sort: 'date-asc' }).slice(0, 2), ['articles/budget.html', 'articles/bridge.html']);
    assert.deepEqual(urls('', { filters: { kind: 'person' } }).sort(), ['people/daniel-okafor.html', 'people/priya-natarajan.html']);
    assert.deepEqual(urls(''), []);
  });

  it('matches a page by its date metadata', () => {
    assert.deepEqual(urls('2019'), ['articles/budget.html']);
  });

  it('counts a possessive once: the whole word and its part share one position', () => {
    const once = buildOfflineIndex([entry('a.html', 'article', 'A', `${filler} Natarajan spoke.`), entry('b.html', 'article', 'B', `${filler} Natarajan’s spoke.`)], {
      positions: (t) => plain(engine.positions(t)),
    });
    const [a, b] = plain(engine.search(once, 'natarajan'));
    assert.ok(a && b && Math.abs(a.score - b.score) < 1e-9, 'both pages score the same');
  });

  it('ranks a page whose other names (names metadata) hold the query like one whose title does', () => {
    const named = buildOfflineIndex(
      [
        { url: 'o.html', page: { ...entry('o.html', 'organisation', 'Harbour Transit Authority', `${filler} The HTA runs ferries.`).page, meta: { title: 'Harbour Transit Authority', names: 'HTA' } } },
        entry('a.html', 'article', 'Ferries late again', `${filler} The HTA said the HTA would answer. HTA HTA.`),
      ],
      { positions: (t) => plain(engine.positions(t)) },
    );
    assert.equal(plain(engine.search(named, 'HTA'))[0]?.url, 'o.html');
  });

  it('falls back to the longest indexed prefix when no word extends the query', () => {
    assert.ok(urls('railways').includes('organisations/valley-rail.html'));
  });
});

describe('facets', () => {
  it('counts pages per filter value', () => {
    assert.deepEqual(plain(engine.facets(index)), {
      kind: { article: 2, person: 2, organisation: 1 },
      publication: { 'Valley Echo': 1, 'County Times': 1 },
      year: { '2021': 1, '2019': 1 },
    });
  });
});

describe('evaluateOfflineEngine', () => {
  it('rejects scripts that do not define the engine', () => {
    assert.throws(() => evaluateOfflineEngine(['var x = 1;']), /did not define DossierWords, DossierShards and DossierOffline/);
  });
});
