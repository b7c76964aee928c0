import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle, org, person } from '../test/fixtures/resolve/make-article.ts';
import * as api from './resolve-entities.ts';
import { resolveEntities, type ArticleInput } from './resolve-entities.ts';

/** Each cluster as the sorted "article:name" of its members; clusters sorted. */
function groups(articles: ArticleInput[]): string[][] {
  return resolveEntities(articles)
    .map((c) => c.members.map((m) => `${articles[m.article]!.id}:${articles[m.article]!.extraction.entities[m.entity]!.name}`).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('resolveEntities', () => {
  it('makes one person of the same full name in several articles, whatever the case, quotes or honorific', () => {
    const articles = [
      makeArticle('a', ['Siobhán O’Brien spoke.'], [person('Siobhán O’Brien')]),
      makeArticle('b', ["SIOBHÁN O'BRIEN spoke."], [person("SIOBHÁN O'BRIEN")]),
      makeArticle('c', ["Dr Siobhán O'Brien spoke."], [person("Dr Siobhán O'Brien")]),
    ];
    assert.deepEqual(groups(articles), [['a:Siobhán O’Brien', "b:SIOBHÁN O'BRIEN", "c:Dr Siobhán O'Brien"]]);
  });

  it('joins a surname-only person to the one full-name person with that surname', () => {
    const articles = [
      makeArticle('a', ['Professor Ray Jones warned.'], [person('Ray Jones')]),
      makeArticle('b', ['Jones said it was wrong.'], [person('Jones')]),
    ];
    assert.deepEqual(groups(articles), [['a:Ray Jones', 'b:Jones']]);
  });

  it('keeps a surname-only person apart when two people share the surname', () => {
    const articles = [
      makeArticle('a', ['Ray Jones warned.'], [person('Ray Jones')]),
      makeArticle('b', ['Sarah Jones agreed.'], [person('Sarah Jones')]),
      makeArticle('c', ['Jones said so.'], [person('Jones')]),
      makeArticle('d', ['Jones said so again.'], [person('Jones')]),
    ];
    assert.deepEqual(groups(articles), [['a:Ray Jones'], ['b:Sarah Jones'], ['c:Jones', 'd:Jones']]);
  });

  it('keeps a surname-only person apart when the honorific says another gender', () => {
    const articles = [
      makeArticle('a', ['Mr Ray Jones warned.'], [person('Ray Jones', undefined, 'Mr')]),
      makeArticle('b', ['Mrs Jones said so.'], [person('Jones', ['Jones'], 'Mrs')]),
      makeArticle('c', ['Mr Jones said so.'], [person('Jones', ['Jones'], 'Mr')]),
    ];
    assert.deepEqual(groups(articles), [['a:Ray Jones', 'c:Jones'], ['b:Jones']]);
  });

  it('matches a surname with particles', () => {
    const articles = [
      makeArticle('a', ['Anna van der Berg wrote.'], [person('Anna van der Berg')]),
      makeArticle('b', ['Van der Berg disagreed.'], [person('Van der Berg')]),
    ];
    assert.equal(groups(articles).length, 1);
  });

  it('never joins people to organisations of the same name', () => {
    const articles = [
      makeArticle('a', ['Kingston spoke.'], [person('Kingston')]),
      makeArticle('b', ['Kingston council voted.'], [org('Kingston')]),
    ];
    assert.equal(groups(articles).length, 2);
  });

  it('makes one organisation of name variants: a leading "the", apostrophe style', () => {
    const articles = [
      makeArticle('a', ['The Guardian reported.'], [org('The Guardian')]),
      makeArticle('b', ['The Guardian reported.'], [org('Guardian', ['Guardian'])]),
      makeArticle('c', ["The Association of Directors of Children's Services met."], [org("Association of Directors of Children's Services")]),
      makeArticle('d', ['The Association of Directors of Children’s Services met.'], [org('Association of Directors of Children’s Services')]),
    ];
    assert.equal(groups(articles).length, 2);
  });

  it('joins a bare acronym to the organisation whose initials spell it, lowercase function words optional', () => {
    const articles = [
      makeArticle('a', ['The Department for Education said.'], [org('Department for Education')]),
      makeArticle('b', ['The DfE said.'], [org('DfE', undefined, 'DfE')]),
      makeArticle('c', ['The ADCS said.'], [org('ADCS')]),
      makeArticle('d', ['The Association of Directors of Children’s Services said.'], [org('Association of Directors of Children’s Services')]),
    ];
    assert.deepEqual(groups(articles), [['a:Department for Education', 'b:DfE'], ['c:ADCS', 'd:Association of Directors of Children’s Services']]);
  });

  it('joins a bare acronym to the organisation that defined it, even when its initials differ', () => {
    const articles = [
      makeArticle('a', ['Médecins Sans Frontières (MSF) said.'], [org('Médecins Sans Frontières', ['Médecins Sans Frontières', 'MSF'], 'MSF')]),
      makeArticle('b', ['MSF said.'], [org('MSF')]),
      makeArticle('c', ['The Committee on Standards in Public Life (CSPL) said.'], [org('Committee on Standards in Public Life', undefined, 'CSPL')]),
      makeArticle('d', ['CSPL said.'], [org('CSPL')]),
    ];
    assert.equal(groups(articles).length, 2);
  });

  it('keeps a bare acronym apart when two organisations could spell it', () => {
    const articles = [
      makeArticle('a', ['The Crown Prosecution Service said.'], [org('Crown Prosecution Service')]),
      makeArticle('b', ['Child Protective Services said.'], [org('Child Protective Services')]),
      makeArticle('c', ['The CPS said.'], [org('CPS')]),
    ];
    assert.deepEqual(groups(articles), [['a:Crown Prosecution Service'], ['b:Child Protective Services'], ['c:CPS']]);
  });

  it('groups the same way whatever the article order', () => {
    const articles = [
      makeArticle('a', ['Ray Jones warned.'], [person('Ray Jones')]),
      makeArticle('b', ['Jones agreed with the DfE.'], [person('Jones'), org('DfE')]),
      makeArticle('c', ['The Department for Education replied.'], [org('Department for Education')]),
      makeArticle('d', ['Mrs Jones objected.'], [person('Jones', ['Jones'], 'Mrs')]),
    ];
    assert.deepEqual(groups([...articles].reverse()), groups(articles));
    assert.deepEqual(groups([articles[2]!, articles[0]!, articles[3]!, articles[1]!]), groups(articles));
  });

  it('skips entities whose names have no letters or digits', () => {
    const articles = [makeArticle('a', ['— said.'], [person('—')])];
    assert.deepEqual(groups(articles), []);
  });
});

describe('exports', () => {
  it('exposes only resolveEntities', () => {
    assert.deepEqual(Object.keys(api), ['resolveEntities']);
  });
});
