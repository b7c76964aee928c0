/**
 * Fixture loop: every `scripts/test/fixtures/parse/<case>/input.txt` is parsed and compared
 * with `expected.json`. `UPDATE=1` rewrites the expected files; a missing one fails.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as api from './parse-article.ts';
import { parseArticle } from './parse-article.ts';

const root = fileURLToPath(new URL('../test/fixtures/parse/', import.meta.url));
const update = process.env.UPDATE === '1';

describe('parseArticle fixtures', () => {
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('has fixture cases to run', () => {
    assert.ok(cases.length >= 8);
  });

  for (const name of cases) {
    it(`parses the ${name} case as expected`, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const actual = JSON.parse(JSON.stringify(parseArticle(input))) as unknown;
      const expectedPath = join(root, name, 'expected.json');
      if (update) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.ok(existsSync(expectedPath), `missing ${expectedPath}: run with UPDATE=1 and check it by eye`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('parseArticle', () => {
  it('exports only parseArticle at run time', () => {
    assert.deepEqual(Object.keys(api).sort(), ['parseArticle']);
  });

  it('gives an empty tree and unknown date for empty or blank text', () => {
    for (const text of ['', '\n\n  \n']) {
      const parsed = parseArticle(text);
      assert.deepEqual(parsed.tree, { type: 'root', children: [] });
      assert.equal(parsed.title, null);
      assert.deepEqual(parsed.publishedSource, { kind: 'unknown', method: null });
    }
  });

  it('numbers comment metadata by the position of its comment-meta paragraph', () => {
    const text = 'Headline here today\n\nBody text of the article goes on for a while.\n\n2 Responses to Headline here today\n\n1. Ann June 5, 2014 at 11:37 am #\n\nFirst.\n\n2. Bo June 6, 2014 at 9:00 am #\n\nSecond.';
    const parsed = parseArticle(text);
    for (const comment of parsed.comments) {
      const node = parsed.tree.children[comment.paragraph - 1];
      assert.equal((node?.data as { kind?: string } | undefined)?.kind, 'comment-meta');
    }
    assert.deepEqual(parsed.comments.map((c) => c.paragraph), [2, 4]);
    assert.equal(parsed.published, '2014-06');
  });

  it('keeps markup-like text as plain text nodes', () => {
    const parsed = parseArticle('Body with <script>alert(1)</script> and {x} and `y` in it, said the report.');
    const node = parsed.tree.children[0];
    assert.equal(node?.type, 'paragraph');
    assert.deepEqual(node.type === 'paragraph' ? node.children : null, [{ type: 'text', value: 'Body with <script>alert(1)</script> and {x} and `y` in it, said the report.' }]);
  });

  it('never throws on odd input', () => {
    for (const text of ['<', '<http://', '1.', '\u00a0', '#'.repeat(500), 'By\n\nBy', 'a\n'.repeat(300)]) {
      assert.doesNotThrow(() => parseArticle(text));
    }
  });

  it('drops the Markdown a copied page kept around its headline', () => {
    const body = '\n\nBy Jo Marsh\n\n4 March 2015\n\nThe council agreed on Monday to close two libraries and a swimming pool to save money.\n';
    assert.equal(parseArticle(`# Council closes libraries${body}`).title, 'Council closes libraries');
    assert.equal(parseArticle(`**Council closes libraries**${body}`).title, 'Council closes libraries');
    assert.equal(parseArticle(`**Council** closes **libraries**${body}`).title, '**Council** closes **libraries**');
  });
});
