import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle, org, person } from '../../test/fixtures/resolve/make-article.ts';
import { canonicalName, compareFirst, describeCluster } from './describe-cluster.ts';
import type { Cluster } from './types.ts';

const cluster = (kind: Cluster['kind'], count: number, name: string | null = null): Cluster => ({
  kind,
  members: Array.from({ length: count }, (_, i) => ({ article: i, entity: 0 })),
  name,
  renamed: false,
  roles: [],
});

describe('describeCluster', () => {
  it('picks the most frequent full form and lists the others as sorted aliases', () => {
    const articles = [
      makeArticle('c', ['The Guardian said.'], [org('The Guardian')]),
      makeArticle('a', ['The Guardian said.'], [org('The Guardian')]),
      makeArticle('b', ['Guardian said.'], [org('Guardian')]),
    ];
    const d = describeCluster(cluster('organisation', 3), articles);
    assert.equal(d.name, 'The Guardian');
    assert.deepEqual(d.aliases, ['Guardian']);
    assert.deepEqual(d.first, ['a', 1, 0]);
    assert.deepEqual(d.articles, ['a', 'b', 'c']);
  });

  it('never names an organisation by its acronym when a full name exists', () => {
    const articles = [
      makeArticle('a', ['DfE said.'], [org('DfE')]),
      makeArticle('b', ['DfE said.'], [org('DfE')]),
      makeArticle('c', ['The Department for Education said.'], [org('Department for Education')]),
    ];
    const d = describeCluster(cluster('organisation', 3), articles);
    assert.equal(d.name, 'Department for Education');
    assert.equal(d.acronym, 'DfE');
  });

  it('uses the name curation set', () => {
    const articles = [makeArticle('a', ['Ray Jones said.'], [person('Ray Jones')])];
    assert.equal(describeCluster(cluster('person', 1, 'Raymond Jones'), articles).name, 'Raymond Jones');
  });
});

describe('canonicalName', () => {
  const local = (name: string) => makeArticle('x', [name], [person(name)]).extraction.entities[0]!;

  it('prefers a full name over a more frequent surname and breaks ties alphabetically', () => {
    assert.equal(canonicalName('person', [local('Jones'), local('Jones'), local('Ray Jones')]), 'Ray Jones');
    assert.equal(canonicalName('person', [local('Zoe Ball'), local('Zoë Ball')]), 'Zoe Ball');
  });

  it('drops honorifics from the name it shows', () => {
    assert.equal(canonicalName('person', [local('Mr Ray Jones')]), 'Ray Jones');
  });

  it('drops a lowercase leading "the" from an organisation but keeps a capitalised one', () => {
    const orgLocal = (name: string) => makeArticle('x', [name], [org(name)]).extraction.entities[0]!;
    assert.equal(canonicalName('organisation', [orgLocal('the College of Policing')]), 'College of Policing');
    assert.equal(canonicalName('organisation', [orgLocal('The Washington Post')]), 'The Washington Post');
  });
});

describe('compareFirst', () => {
  it('orders by article id, then paragraph, then offset', () => {
    assert.ok(compareFirst(['a', 9, 9], ['b', 1, 1]) < 0);
    assert.ok(compareFirst(['a', 2, 0], ['a', 1, 5]) > 0);
    assert.ok(compareFirst(['a', 1, 3], ['a', 1, 5]) < 0);
  });
});
