import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle, org, person } from '../../test/fixtures/resolve/make-article.ts';
import { entityLookup, type LookupEntity } from './entity-lookup.ts';

const articles = [
  makeArticle('a', ['Mr Ray Jones of the DfE spoke.'], [person('Ray Jones', ['Ray Jones']), org('DfE')]),
  makeArticle('b', ['Sarah Jones spoke.'], [person('Sarah Jones')]),
];
const entities: LookupEntity[] = [
  { kind: 'person', name: 'Ray Jones', aliases: ['Jones'], acronym: null },
  { kind: 'organisation', name: 'Department for Education', aliases: ['DfE'], acronym: 'DfE' },
  { kind: 'person', name: 'Sarah Jones', aliases: ['Jones'], acronym: null },
];
const entityOf = [Int32Array.from([0, 1]), Int32Array.from([2])];
const lookup = entityLookup(articles, entityOf, entities);

describe('entityLookup', () => {
  it('finds an article entity by its exact local name or any surface form there', () => {
    assert.equal(lookup(0, 'Ray Jones', 'person'), 0);
    assert.equal(lookup(0, 'ray jones', 'person'), 0);
    assert.equal(lookup(0, 'DFE', 'organisation'), 1);
  });

  it('falls back to the corpus, by normalised name or acronym', () => {
    assert.equal(lookup(1, 'The Department for Education', 'organisation'), 1);
    assert.equal(lookup(-1, 'D.f.E.', 'organisation'), 1);
    assert.equal(lookup(-1, 'Dr Sarah Jones', 'person'), 2);
  });

  it('returns null for unknown or ambiguous names', () => {
    assert.equal(lookup(-1, 'Jones', 'person'), null);
    assert.equal(lookup(1, 'Nobody', null), null);
  });
});
