import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CitationWorkers, formatArticleCitations } from './article-citations.ts';
import { articleCslItem, fillArchiveUrl, formatCitations, registerStyles, type CitableArticle } from './cite.ts';

registerStyles({ mla: readFileSync(new URL('./csl/mla.csl', import.meta.url), 'utf8'), chicago: readFileSync(new URL('./csl/chicago.csl', import.meta.url), 'utf8') });

const base: CitableArticle = { id: 'cuts', title: 'Council cuts bite deeper in the north', displayTitle: 'Council cuts', author: 'By Maria Okafor', publication: 'The Northern Echo', published: '2019-03-07', url: null };
const archive = 'https://dossier.example.org/archive/articles/cuts.html';


describe('formatArticleCitations', () => {
  it('once the archive URL is filled in, equals formatting with it, with or without an original URL', () => {
    for (const url of [archive, '/articles/cuts.html', 'http://localhost:4321/a/articles/cuts.html']) {
      for (const article of [base, { ...base, url: 'https://example.com/n?a=1&b=2' }, { ...base, author: null, title: null }]) {
        const formatted = formatArticleCitations(article, '2025-01-02');
        assert.equal(formatted.accessed, null);
        assert.deepEqual(fillArchiveUrl(formatted, url), formatCitations(articleCslItem(article, url, '2025-01-02')), url);
      }
    }
  });
  it('gives an undated article the build date as its access date, and says so', () => {
    const undated = { ...base, published: null };
    const formatted = formatArticleCitations(undated, '2025-01-02');
    assert.equal(formatted.accessed, '2025-01-02');
    const filled = fillArchiveUrl(formatted, archive);
    assert.deepEqual(filled, formatCitations(articleCslItem(undated, archive, '2025-01-02')));
    assert.notDeepEqual(filled, formatCitations(articleCslItem(undated, archive, '2025-01-03')));
  });

  it('leaves URLs a format would escape to the page', () => {
    assert.equal(fillArchiveUrl(formatArticleCitations(base, '2025-01-02'), 'https://d.example/~ann/a_b.html'), null);
  });
});

describe('CitationWorkers', () => {
  it('give the same citations as formatting in this thread, in input order, with batches in flight together', async () => {
    const articles = Array.from({ length: 61 }, (_, i) => ({ ...base, id: `a${i}`, title: `Headline number ${i}`, author: i % 3 ? `By Ann Lee${i}` : null }));
    const workers = new CitationWorkers(2);
    try {
      const [all, first] = await Promise.all([workers.format(articles, '2025-01-02'), workers.format(articles.slice(0, 1), '2025-01-02')]);
      assert.deepEqual(all, articles.map((a) => formatArticleCitations(a, '2025-01-02')));
      assert.deepEqual(first, [formatArticleCitations(articles[0]!, '2025-01-02')]);
      assert.deepEqual(await workers.format([], '2025-01-02'), []);
    } finally {
      await workers.close();
    }
  });
});
