import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpus } from '../test/fixtures/resolve/corpus.ts';
import { makeArticle, org, person } from '../test/fixtures/resolve/make-article.ts';
import { assignIds } from './assign-ids.ts';
import * as api from './build-relations.ts';
import { buildRelations, type ResolvedEntity } from './build-relations.ts';
import { resolveEntities, type ArticleInput } from './resolve-entities.ts';
import { describeCluster } from './resolve/describe-cluster.ts';

function resolved(articles: ArticleInput[]): ResolvedEntity[] {
  const clusters = resolveEntities(articles);
  const described = clusters.map((c) => ({ ...describeCluster(c, articles), renamed: false }));
  const { ids } = assignIds(described, [], articles.map((a) => a.id));
  return described.map((d, i) => ({ ...d, id: ids[i]!, cluster: clusters[i]! }));
}

const relate = (articles: ArticleInput[]) => buildRelations(articles, resolved(articles));

describe('buildRelations', () => {
  it('orders mentions by article, paragraph and offset and counts them per article', () => {
    const { organisations } = relate(corpus);
    const lga = organisations.find((o) => o.id === 'local-government-association')!;
    const keys = lga.mentions.map((m) => [m.article, m.paragraph, m.start] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(keys, sorted);
    assert.equal(lga.articles.reduce((n, a) => n + a.count, 0), lga.mentions.length);
  });

  it('counts one mention once when two merged local entities share it', () => {
    const a = makeArticle('a', ['Ray Jones spoke.'], [person('Ray Jones')]);
    const b = makeArticle('b', ['Jones spoke.'], [person('Jones')]);
    // The extractor found the same span twice in one article.
    const doubled = { ...b, extraction: { ...b.extraction, entities: [b.extraction.entities[0]!, b.extraction.entities[0]!] } };
    const { people } = relate([a, doubled]);
    assert.deepEqual(people[0]!.articles, [
      { article: 'a', count: 1 },
      { article: 'b', count: 1 },
    ]);
  });

  it('keeps at most 20 co-occurring entities, by shared articles then id', () => {
    const names = Array.from({ length: 24 }, (_, i) => `Person ${String.fromCharCode(65 + i)}lpha`);
    const articles = [
      makeArticle('a', [`The Hub met ${names.join(', ')}.`], [org('The Hub'), ...names.map((n) => person(n))]),
      makeArticle('b', ['The Hub met Person Xlpha.'], [org('The Hub'), person('Person Xlpha')]),
    ];
    const hub = relate(articles).organisations[0]!;
    assert.equal(hub.cooccurs.length, 20);
    assert.deepEqual(hub.cooccurs[0], { id: 'person-xlpha', kind: 'person', count: 2 });
    assert.deepEqual(hub.cooccurs.slice(1, 3).map((c) => c.id), ['person-alpha', 'person-blpha']);
  });

  it('resolves a role organisation written as an acronym defined in another article', () => {
    const articles = [
      makeArticle('a', ['The National Health Service (NHS) is busy.'], [org('National Health Service', ['National Health Service', 'NHS'], 'NHS')]),
      makeArticle('b', ['Dr Priya Patel, an NHS surgeon, spoke.'], [person('Priya Patel')], {
        roles: [{ person: 'Priya Patel', title: 'surgeon', organisation: 'NHS', paragraph: 1 }],
      }),
    ];
    const { people, organisations } = relate(articles);
    assert.equal(people[0]!.roles[0]!.organisation, 'national-health-service');
    assert.deepEqual(organisations[0]!.people, ['priya-patel']);
  });

  it('lists a curated role once when an article already states it, in another case', () => {
    const articles = [
      makeArticle('a', ['The National Health Service (NHS) is busy.'], [org('National Health Service', ['National Health Service', 'NHS'], 'NHS')]),
      makeArticle('b', ['Dr Priya Patel, an NHS surgeon, spoke.'], [person('Priya Patel')], {
        roles: [{ person: 'Priya Patel', title: 'surgeon', organisation: 'NHS', paragraph: 1 }],
      }),
    ];
    const entities = resolved(articles).map((e) => (e.kind === 'person' ? { ...e, cluster: { ...e.cluster, roles: [{ title: 'Surgeon', organisation: 'NHS' }, { title: 'trustee', organisation: null }] } } : e));
    const roles = buildRelations(articles, entities).people[0]!.roles.map((r) => [r.title, r.organisation, r.article]);
    assert.deepEqual(roles.sort(), [['surgeon', 'national-health-service', 'b'], ['trustee', null, null]]);
  });

  it('leaves a role organisation unresolved when it is unknown or names a person', () => {
    const articles = [
      makeArticle('a', ['Tom Reed, aide to Ann Cole, and a fellow at Some Institute, spoke.'], [person('Tom Reed'), person('Ann Cole')], {
        roles: [
          { person: 'Tom Reed', title: 'aide', organisation: 'Ann Cole', paragraph: 1 },
          { person: 'Tom Reed', title: 'fellow', organisation: 'Some Institute', paragraph: 1 },
        ],
      }),
    ];
    const tom = relate(articles).people.find((p) => p.id === 'tom-reed')!;
    assert.deepEqual(tom.roles.map((r) => [r.title, r.organisation, r.organisationText]), [
      ['aide', null, 'Ann Cole'],
      ['fellow', null, 'Some Institute'],
    ]);
  });

  it('numbers quotes over every quotation so a dropped one leaves the others alone', () => {
    const article = makeArticle('a', ['“One two three four five six,” said Amy Lo.', '“Seven eight nine ten eleven,” said a spokesman.', '“Twelve thirteen fourteen fifteen,” said Lo.'], [person('Amy Lo', ['Amy Lo', 'Lo'])], {
      quotes: [
        { speaker: 'Amy Lo', speakerKind: 'person', paragraph: 3, span: 1, text: 'Twelve thirteen fourteen fifteen' },
        { speaker: 'a spokesman', speakerKind: 'person', paragraph: 2, span: 1, text: 'Seven eight nine ten eleven' },
        { speaker: 'Amy Lo', speakerKind: 'person', paragraph: 1, span: 1, text: 'One two three four five six' },
      ],
    });
    const { quotes, warnings } = relate([article]);
    assert.deepEqual(quotes.map((q) => [q.id, q.paragraph]), [
      ['a-q1', 1],
      ['a-q3', 3],
    ]);
    assert.equal(warnings.length, 1);
  });
});

describe('exports', () => {
  it('exposes only buildRelations', () => {
    assert.deepEqual(Object.keys(api), ['buildRelations', 'entityIndexes']);
  });
});
