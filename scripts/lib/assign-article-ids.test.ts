import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignArticleIds, baseSlug } from './assign-article-ids.ts';

const sha = (c: string) => c.repeat(64);

describe('assignArticleIds', () => {
  it('uses the slug of the headline', () => {
    const ids = assignArticleIds([{ source: 'a.txt', sha256: sha('a'), title: 'Zoë wins: “Big” day!' }], [], []);
    assert.equal(ids.get('a.txt'), 'zoe-wins-big-day');
  });

  it('gives two articles with one headline distinct ids that do not depend on file order', () => {
    const a = { source: 'x.txt', sha256: sha('b'), title: 'Same' };
    const b = { source: 'y.txt', sha256: sha('a'), title: 'Same' };
    const one = assignArticleIds([a, b], [], []);
    const two = assignArticleIds([b, a], [], []);
    assert.deepEqual([...one].sort(), [...two].sort());
    assert.notEqual(one.get('x.txt'), one.get('y.txt'));
    assert.equal(one.get('y.txt'), 'same');
    assert.equal(one.get('x.txt'), `same-${sha('b').slice(0, 6)}`);
  });

  it('keeps published ids when an article with the same headline is added later', () => {
    const first = assignArticleIds([{ source: 'x.txt', sha256: sha('b'), title: 'Same' }], [], []);
    assert.equal(first.get('x.txt'), 'same');
    const previous = [{ id: 'same', source: 'x.txt', sourceSha256: sha('b') }];
    const next = assignArticleIds(
      [{ source: 'x.txt', sha256: sha('b'), title: 'Same' }, { source: 'y.txt', sha256: sha('a'), title: 'Same' }],
      previous,
      ['same'],
    );
    assert.equal(next.get('x.txt'), 'same');
    assert.equal(next.get('y.txt'), `same-${sha('a').slice(0, 6)}`);
  });

  it('never reuses an id that was published for an article that is gone', () => {
    const ids = assignArticleIds([{ source: 'new.txt', sha256: sha('c'), title: 'Old title' }], [], ['old-title']);
    assert.equal(ids.get('new.txt'), `old-title-${sha('c').slice(0, 6)}`);
  });
});

describe('assignArticleIds on articles put back', () => {
  const retired = [{ id: 'harbour-deal-signed', source: 'harbour.txt', sourceSha256: sha('h') }];
  const taken = ['harbour-deal-signed'];

  it('gives an article removed and put back its old id: the same content under any name, or the same file under the same headline', () => {
    assert.equal(assignArticleIds([{ source: 'renamed.txt', sha256: sha('h'), title: 'Harbour deal signed' }], [], taken, retired).get('renamed.txt'), 'harbour-deal-signed');
    assert.equal(assignArticleIds([{ source: 'harbour.txt', sha256: sha('e'), title: 'Harbour deal signed' }], [], taken, retired).get('harbour.txt'), 'harbour-deal-signed');
  });

  it('never gives a removed article\'s id to another story in its file', () => {
    const id = assignArticleIds([{ source: 'harbour.txt', sha256: sha('f'), title: 'Ferry fares rise' }], [], taken, retired).get('harbour.txt');
    assert.equal(id, 'ferry-fares-rise');
    // (A shorter headline whose slug begins the old id is another story too.)
    const shorter = assignArticleIds([{ source: 'harbour.txt', sha256: sha('g'), title: 'Harbour deal' }], [], taken, retired).get('harbour.txt');
    assert.equal(shorter, 'harbour-deal');
  });

  it('lets a live article keep its id over a removed one with the same content', () => {
    const previous = [{ id: 'harbour-deal-signed-2', source: 'copy.txt', sourceSha256: sha('h') }];
    const ids = assignArticleIds([{ source: 'copy.txt', sha256: sha('h'), title: 'Harbour deal signed' }], previous, [...taken, 'harbour-deal-signed-2'], retired);
    assert.equal(ids.get('copy.txt'), 'harbour-deal-signed-2');
  });
});

describe('baseSlug', () => {
  it('cuts long titles at a word boundary and falls back for titles with no letters', () => {
    assert.ok(baseSlug('word '.repeat(40)).length <= 80);
    assert.ok(!baseSlug('word '.repeat(40)).endsWith('-'));
    assert.equal(baseSlug('!!!'), 'article');
  });
});
