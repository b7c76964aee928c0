import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate } from './aggregate.ts';
import { formatArticle, formatTotals } from './format-report.ts';
import { scoreArticle } from './score-article.ts';
import { testKey } from './test-key.ts';
import type { Extraction } from './types.ts';

const extraction: Extraction = {
  articles: [{ id: 'depot', source: 'a.txt', title: 'Depot', author: 'Ann Lee', publication: null, published: '2021-03-05' }],
  people: [{ id: 'ann-lee', name: 'Ann Lee', mentions: [{ article: 'depot', text: 'Ann Lee' }] }],
  organisations: [{ id: 'town-hall', name: 'Town Hall', mentions: [{ article: 'depot', text: 'Town Hall' }] }],
  dates: [],
  quotes: [],
  bodies: { depot: 'The council has agreed to sell. Sign up to our newsletter' },
};
const result = scoreArticle(testKey(), extraction);

describe('formatTotals', () => {
  it('prints one aligned row per type with precision, recall and F1, bonus lines starred', () => {
    const text = formatTotals(aggregate([result]));
    assert.match(text, /^type\s+tp\s+fp\s+fn\s+opt\s+precision\s+recall\s+f1$/m);
    assert.match(text, /^people\s+1\s+0\s+1\s+0\s+1\.000\s+0\.500\s+0\.667$/m);
    assert.match(text, /^quotes\*\s+0\s+0\s+1\s+0\s+-\s+0\.000\s+0\.000$/m);
    assert.match(text, /^boilerplate\s+0\s+1\s+0\.000$/m);
  });
});

describe('formatArticle', () => {
  it('lists misses, false positives, wrong metadata and failed body checks, one line each', () => {
    assert.equal(
      formatArticle(result),
      [
        'a.txt → depot',
        '  people        missed  Mary Oduya',
        '  organisations missed  Barsetshire County Council',
        '  organisations false   Town Hall',
        '  dates         missed  2021-03-02 (on Tuesday)',
        '  quotes        missed  Mary Oduya: “This is the right deal for”',
        '  quote-text    missed  Mary Oduya: “This is the right deal for”',
        '  roles         missed  Ann Lee: byline author',
        '  title         wrong   "Depot" (key: "Council sells depot")',
        '  publication   missing (key: "Example Gazette")',
        '  boilerplate   in running body  "Sign up to our newsletter"',
      ].join('\n'),
    );
  });
  it('summarises an article missing from the run instead of listing every key item', () => {
    const missing = scoreArticle(testKey({ file: 'b.txt' }), extraction);
    assert.equal(
      formatArticle(missing),
      ['b.txt', '  problem       no article with source b.txt in the run', '                all counted as missed: 2 people, 1 organisations, 1 dates, every metadata and body check'].join('\n'),
    );
  });
  it('reports a page that cannot be read once, not once per boilerplate snippet', () => {
    const text = formatArticle(scoreArticle(testKey(), { ...extraction, bodies: {} }));
    assert.match(text, /body +2 check\(s\) failed: no readable page/);
    assert.doesNotMatch(text, /in running body/);
  });
  it('says so in one line when an article is all correct', () => {
    const right = { tp: 1, fp: 0, fn: 0, absorbed: 0, misses: [], falsePositives: [] };
    const sets = { people: right, organisations: right, dates: right, quotes: right, 'quote-text': right, roles: right, comments: right };
    const perfect = { ...result, problems: [], metadata: [], body: [], sets };
    assert.equal(formatArticle(perfect), 'a.txt → depot: all correct');
  });
});
