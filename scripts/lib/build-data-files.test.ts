import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityCuration } from '../../src/schemas/curation.ts';
import {
  DatesFileSchema,
  FiguresFileSchema,
  OrganisationsFileSchema,
  PeopleFileSchema,
  PermalinksFileSchema,
  QuotesFileSchema,
} from '../../src/schemas/entities.ts';
import { corpus, councilCuts, lgaReport, usSchools } from '../test/fixtures/resolve/corpus.ts';
import { makeArticle, NO_CURATION, org, person } from '../test/fixtures/resolve/make-article.ts';
import * as api from './build-data-files.ts';
import { buildDataFiles, type DataFiles } from './build-data-files.ts';

const build = (articles = corpus, curation: EntityCuration = NO_CURATION, previous: DataFiles['permalinks'] = []) => buildDataFiles(articles, curation, previous);
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('buildDataFiles', () => {
  it('writes files that pass the shared schemas', () => {
    const data = build();
    PeopleFileSchema.parse(data.people);
    OrganisationsFileSchema.parse(data.organisations);
    DatesFileSchema.parse(data.dates);
    QuotesFileSchema.parse(data.quotes);
    FiguresFileSchema.parse(data.figures);
    PermalinksFileSchema.parse(data.permalinks);
  });

  it('resolves people and organisations across articles, sorted by id', () => {
    const data = build();
    assert.deepEqual(ids(data.people), ['amir-khan', 'judith-blake', 'khan', 'sarah-khan']);
    assert.deepEqual(ids(data.organisations), ['department-of-education', 'home-office', 'leeds-city-council', 'local-government-association', 'university-of-leeds']);
  });

  it('names an organisation by its full form and keeps its acronym and category', () => {
    const lga = build().organisations.find((o) => o.id === 'local-government-association')!;
    assert.equal(lga.name, 'Local Government Association');
    assert.equal(lga.acronym, 'LGA');
    assert.equal(lga.category, 'other');
    assert.deepEqual(lga.aliases, ['LGA']);
    assert.deepEqual(lga.articles, [
      { article: 'council-budget-cuts', count: 3 },
      { article: 'lga-report', count: 2 },
      { article: 'us-schools', count: 1 },
    ]);
  });

  it('gives every mention its sentence as context', () => {
    const blake = build().people.find((p) => p.id === 'judith-blake')!;
    assert.deepEqual(blake.mentions[1], {
      article: 'council-budget-cuts',
      paragraph: 2,
      text: 'Blake',
      start: councilCuts.segments[1]!.text.indexOf('Blake'),
      context: '“We have no choice but to make these savings,” said Ms Blake.',
    });
    const khan = build().people.find((p) => p.id === 'khan')!;
    assert.equal(khan.mentions[0]!.context, 'Mr. Khan met officials from the U.S. Department of Education in Washington on Jan. 14.');
  });

  it('links roles to organisation ids and lists organisation people', () => {
    const data = build();
    const blake = data.people.find((p) => p.id === 'judith-blake')!;
    assert.deepEqual(blake.roles, [
      { title: 'leader', organisation: 'leeds-city-council', organisationText: 'Leeds City Council', article: 'council-budget-cuts', paragraph: 1 },
      { title: 'leader', organisation: 'leeds-city-council', organisationText: 'Leeds City Council', article: 'lga-report', paragraph: 2 },
    ]);
    assert.deepEqual(data.organisations.find((o) => o.id === 'leeds-city-council')!.people, ['judith-blake']);
    assert.deepEqual(data.organisations.find((o) => o.id === 'home-office')!.people, ['sarah-khan']);
  });

  it('counts co-occurrence in shared articles', () => {
    const blake = build().people.find((p) => p.id === 'judith-blake')!;
    assert.deepEqual(blake.cooccurs, [
      { id: 'leeds-city-council', kind: 'organisation', count: 2 },
      { id: 'local-government-association', kind: 'organisation', count: 2 },
      { id: 'amir-khan', kind: 'person', count: 1 },
      { id: 'home-office', kind: 'organisation', count: 1 },
      { id: 'sarah-khan', kind: 'person', count: 1 },
      { id: 'university-of-leeds', kind: 'organisation', count: 1 },
    ]);
  });

  it('numbers quotes per article and resolves their speakers, leaving out unknown speakers with a warning', () => {
    const data = build();
    assert.deepEqual(
      data.quotes.map((q) => [q.id, q.speaker, q.speakerKind]),
      [
        ['council-budget-cuts-q1', 'judith-blake', 'person'],
        ['lga-report-q1', 'judith-blake', 'person'],
      ],
    );
    assert.deepEqual(data.warnings, ['quotes: us-schools p2: speaker "Mystery Man" is not a known entity; quote left out']);
  });

  it('groups resolved dates by ISO value and lists articles published on it', () => {
    const data = build();
    // 2015-03 and 2016-01-15 are publication dates that no text names.
    assert.deepEqual(ids(data.dates), ['2015-03', '2015-03-02', '2016-01-14', '2016-01-15']);
    const day = data.dates[1]!;
    assert.equal(day.precision, 'day');
    assert.deepEqual(day.published, ['council-budget-cuts']);
    assert.deepEqual(
      day.mentions.map((m) => [m.article, m.text, m.resolution]),
      [
        ['council-budget-cuts', 'on Monday', 'relative'],
        ['lga-report', '2 March 2015', 'explicit'],
      ],
    );
  });

  it('numbers figures in document order within each article', () => {
    const figures = build().figures;
    assert.deepEqual(
      figures.map((f) => [f.id, f.text]),
      [
        ['council-budget-cuts-f1', '£20m'],
        ['council-budget-cuts-f2', '60%'],
        ['lga-report-f1', '£2.6bn'],
        ['us-schools-f1', '1,200 schools'],
      ],
    );
  });

  it('lists every article, entity and date page (with its month and year) in permalinks', () => {
    const { permalinks, people, organisations, dates } = build();
    const datePages = [...new Set(dates.flatMap((d) => [d.id, d.id.slice(0, 7), d.id.slice(0, 4)]))];
    const expected = [...ids(corpus), ...ids(people), ...ids(organisations), ...datePages].sort();
    assert.deepEqual(ids(permalinks), expected);
    assert.ok(permalinks.every((p) => p.current === p.id));
  });

  it('keeps a date page no article names any more, so its URL still answers', () => {
    const first = build();
    const without = build([usSchools], NO_CURATION, first.permalinks);
    const gone = first.permalinks.filter((p) => p.kind === 'date' && !without.dates.some((d) => d.id === p.id || d.id.startsWith(`${p.id}-`)));
    assert.ok(gone.length > 0, 'the smaller corpus names fewer dates');
    for (const p of gone) assert.deepEqual(without.permalinks.find((q) => q.kind === 'date' && q.id === p.id), p);
  });

  it('gives the same output whatever the article order', () => {
    assert.deepEqual(build([usSchools, lgaReport, councilCuts]), build());
    assert.deepEqual(build([lgaReport, usSchools, councilCuts]), build());
  });

  it('never changes existing ids when an added article brings a clashing name', () => {
    const council = makeArticle('m-council-vote', ['Kingston voted to close two libraries.'], [org('Kingston')]);
    const first = build([...corpus, council]);
    assert.ok(ids(first.organisations).includes('kingston'));
    // "a-…" sorts first, so without the previous permalinks the person would take `kingston`.
    const added = makeArticle('a-match-report', ['Kingston scored twice before half-time.'], [person('Kingston')]);
    const fresh = build([...corpus, council, added]);
    assert.ok(ids(fresh.people).includes('kingston'));
    const second = build([...corpus, council, added], NO_CURATION, first.permalinks);
    for (const kind of ['people', 'organisations'] as const) {
      for (const entity of first[kind]) {
        assert.equal(second[kind].find((e) => e.name === entity.name)?.id, entity.id, entity.name);
      }
    }
    assert.equal(second.people.find((p) => p.name === 'Kingston')!.id, 'kingston-2');
    assert.ok(ids(second.permalinks).includes('a-match-report'));
  });

  it('redirects the id of an entity merged by curation', () => {
    const first = build();
    const curation = { ...NO_CURATION, merge: [['Amir Khan', 'Khan']] };
    const second = build(corpus, curation, first.permalinks);
    assert.ok(!ids(second.people).includes('khan'));
    assert.deepEqual(second.permalinks.find((p) => p.id === 'khan'), { id: 'khan', kind: 'person', current: 'amir-khan' });
  });

  it('drops rejected entities with their mentions, roles and quotes', () => {
    const data = build(corpus, { ...NO_CURATION, reject: ['Judith Blake'] });
    assert.ok(!ids(data.people).includes('judith-blake'));
    assert.deepEqual(data.organisations.find((o) => o.id === 'leeds-city-council')!.people, []);
    assert.ok(data.quotes.every((q) => q.speaker !== 'judith-blake'));
  });

  it('adds curated roles with no source and resolves their organisation', () => {
    const curation = { ...NO_CURATION, roles: [{ entity: 'sarah khan', title: 'permanent secretary', organisation: 'The Home Office' }] };
    const sarah = build(corpus, curation).people.find((p) => p.id === 'sarah-khan')!;
    assert.deepEqual(sarah.roles[0], { title: 'permanent secretary', organisation: 'home-office', organisationText: 'The Home Office', article: null, paragraph: null });
  });

  it('stays near-linear: 5,000 articles with 70,000 local entities build in seconds', () => {
    const articles = Array.from({ length: 5000 }, (_, a) => {
      const people = Array.from({ length: 8 }, (_, i) => `Name${(a * 7 + i * 13) % 900} Surname${(a * 3 + i) % 1500}`);
      const orgs = Array.from({ length: 6 }, (_, i) => `Agency ${(a + i * 31) % 700} for Testing`);
      const text = [...people, ...orgs].map((n) => `${n} said so.`).join(' ');
      return makeArticle(`article-${a}`, [text], [...new Set(people)].map((n) => person(n)).concat([...new Set(orgs)].map((n) => org(n))));
    });
    const started = performance.now();
    const data = build(articles);
    const seconds = (performance.now() - started) / 1000;
    assert.ok(data.people.length > 1000);
    // A pairwise comparison of 70,000 local entities (2.4 billion pairs) could not finish in this time.
    assert.ok(seconds < 30, `took ${seconds.toFixed(1)} s`);
  });

  it('returns stale curation rules as warnings', () => {
    const data = build(corpus, { ...NO_CURATION, reject: ['Foo Bar'] });
    assert.ok(data.warnings.includes('curation: stale rule entities.reject[0] "Foo Bar" matches no entity'));
  });
});

describe('exports', () => {
  it('exposes only buildDataFiles', () => {
    assert.deepEqual(Object.keys(api), ['PATCHED_FILES', 'buildDataFiles', 'updateDataFiles']);
  });
});
