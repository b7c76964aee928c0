import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateLine, prepareArticle } from './prepare-article.ts';

describe('findDateLine', () => {
  it('finds a date line under mastheads and menus, in word or numeric form', () => {
    const head = 'SITE\nNews\nWorld\nEurope\nBusiness\nEnergy\nMarkets\nA headline here\nBy A Writer\n';
    assert.equal(findDateLine(`${head}21.03.2024 | 14:05 CET\n\nBody.`, ['A headline here']), '21.03.2024 | 14:05 CET');
    assert.equal(findDateLine(`${head}15:02, 14 MAR 2019\n\nBody.`, ['A headline here']), '15:02, 14 MAR 2019');
  });

  it('never takes a sentence of the article for the date line', () => {
    const text = 'Headline\n\nIn May 2019 the council voted to close the library.';
    assert.equal(findDateLine(text, ['Headline'], ['In May 2019 the council voted to close the library.']), null);
  });
});

describe('prepareArticle', () => {
  it('puts the byline and date line in paragraph 0 and numbers paragraphs from 1', () => {
    const result = prepareArticle('a.txt', 'f'.repeat(64), 'A headline for the test\n\nBy Jo Bloggs\n\n3 March 2017\n\nThe first paragraph of the body is here.\n\nA second paragraph follows it.\n', undefined);
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.deepEqual(result.article.segments.map((s) => [s.paragraph, s.kind]), [[0, 'header'], [1, 'body'], [2, 'body']]);
    assert.equal(result.article.segments[0]!.text, 'By Jo Bloggs · 3 March 2017');
    assert.equal(result.article.wordCount, 13);
  });

  it('applies curation over what the text says, and records where the date came from', () => {
    const result = prepareArticle('a.txt', 'f'.repeat(64), 'Headline words here\n\nBody text of the article.\n', { published: '2014-06', publication: 'The Paper' });
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.equal(result.article.published, '2014-06');
    assert.deepEqual(result.article.publishedSource, { kind: 'curation', method: 'the curation file' });
    assert.equal(result.article.publication, 'The Paper');
  });
});
