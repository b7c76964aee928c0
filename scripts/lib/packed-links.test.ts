import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packLinks } from './packed-links.ts';
import type { EntityLink } from './remark-entity-links.ts';

const link = (paragraph: number, start: number, href: string, className = 'ent person'): EntityLink => ({ paragraph, start, end: start + 3, href, className });

describe('packLinks', () => {
  it('gives back every article its links, in order, equal field by field', () => {
    const articles: EntityLink[][] = [
      [link(1, 0, '../people/ann.html'), link(1, 9, '../organisations/acme.html', 'ent organisation'), link(3, 2, '../people/ann.html')],
      [],
      [link(2, 70000, '../dates/2014-06.html', 'ent date')],
    ];
    const get = packLinks(articles.length, (i) => articles[i]!);
    assert.deepEqual([0, 1, 2].map(get), articles);
  });

  it('asks for each article once, and grows past its first store', () => {
    const asked: number[] = [];
    const many = Array.from({ length: 400 }, (_, i) => link(1 + (i % 7), i * 5, `../people/p${i % 13}.html`));
    const get = packLinks(3, (i) => {
      asked.push(i);
      return many;
    });
    assert.deepEqual(asked, [0, 1, 2]);
    assert.deepEqual(get(2), many);
    assert.equal(get(1)[399]!.href, '../people/p9.html');
  });

  it('keeps apart two targets that share an href but not a class', () => {
    const get = packLinks(1, () => [link(1, 0, '../x.html', 'ent person'), link(1, 5, '../x.html', 'ent organisation')]);
    assert.deepEqual(get(0).map((l) => l.className), ['ent person', 'ent organisation']);
  });
});
