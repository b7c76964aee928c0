/**
 * Hostile and broken inputs (scripts/test/fixtures/hostile/): each bad file gets one clear
 * line, good files are never lost or altered, and no article text becomes code or markup.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { runIngest } from '../lib/run-ingest.ts';

const FIXTURES = 'scripts/test/fixtures/hostile';
let work: string;

const EXPECTED_PROBLEMS: Record<string, RegExp> = {
  'binary-image.txt': /^binary data, not text$/,
  'empty.txt': /^empty file$/,
  'whitespace-only.txt': /^no text \(only whitespace\)$/,
  'headline-only.txt': /^headline with no article body$/,
  'same-headline-a (copy).txt': /^duplicate: same content as same-headline-a\.txt$/,
  'huge.txt': /^file is 5\.0 MiB, over the 2 MiB limit$/,
};

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dossier-hostile-'));
  await cp(FIXTURES, path.join(work, 'seeds'), { recursive: true });
  // Generated here rather than committed: a 300 KB single line and a 5 MB article.
  const sentence = 'The committee met again and the chair, Helen Park, read the report aloud. ';
  await writeFile(path.join(work, 'seeds', 'long-line.txt'), `One very long line\n\n${sentence.repeat(4200)}\n`);
  await writeFile(path.join(work, 'seeds', 'huge.txt'), `Huge\n\n${'word '.repeat(1048576)}`);
});
after(async () => rm(work, { recursive: true, force: true }));

describe('ingest on hostile input', () => {
  it('lists every bad file with one line and writes nothing by default', async () => {
    const out = path.join(work, 'strict');
    const result = await runIngest({ seeds: path.join(work, 'seeds'), out, curation: null, cacheDir: null, quiet: true });
    assert.equal(result.ok, false);
    const got = Object.fromEntries(result.problems.map((p) => [p.source, p.reason]));
    assert.deepEqual(Object.keys(got).sort(), Object.keys(EXPECTED_PROBLEMS).sort());
    for (const [source, pattern] of Object.entries(EXPECTED_PROBLEMS)) assert.match(got[source]!, pattern, source);
    for (const reason of Object.values(got)) assert.ok(!reason.includes('\n') && !/at .*\.ts:\d+/.test(reason));
    await assert.rejects(readdir(out));
  });

  it('builds every good file with --skip-invalid, and keeps text literal', async () => {
    const out = path.join(work, 'lenient');
    const result = await runIngest({ seeds: path.join(work, 'seeds'), out, curation: null, cacheDir: null, quiet: true, skipInvalid: true });
    assert.equal(result.ok, true);
    const articles = JSON.parse(await readFile(path.join(out, 'data', 'articles.json'), 'utf8')) as { id: string; source: string; title: string | null; author: string | null }[];
    const sources = articles.map((a) => a.source).sort();
    assert.deepEqual(sources, [
      'bom-crlf.txt',
      'html-injection.txt',
      'long-line.txt',
      'long-unbroken-word.txt',
      'markdown-controls.txt',
      'mdx-injection.txt',
      'odd name #1 (draft) é.txt',
      'same-headline-a.txt',
      'same-headline-b.txt',
      'unicode-names.txt',
      'windows-1252.txt',
    ]);
    assert.ok(result.warnings.some((w) => w.startsWith('windows-1252.txt: not valid UTF-8')));
    assert.ok(result.warnings.some((w) => w.startsWith('README.md: ignored')));
    const ids = new Set(articles.map((a) => a.id));
    assert.equal(ids.size, articles.length, 'article ids are unique');
    const byId = new Map(articles.map((a) => [a.source, a]));
    assert.equal(byId.get('windows-1252.txt')!.title, 'Café owner wins “fair rent” case');
    assert.equal(byId.get('windows-1252.txt')!.author, 'Renée Dubois');
    assert.equal(byId.get('bom-crlf.txt')!.title, 'BOM and Windows line endings survive');
    assert.equal(byId.get('unicode-names.txt')!.author, 'Dafydd ap Gwilym');

    for (const article of articles) {
      const mdx = await readFile(path.join(out, 'articles', `${article.id}.mdx`), 'utf8');
      const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, '')) as Root;
      visit(tree, (node) => {
        assert.ok(!['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html'].includes(node.type), `${article.source}: ${node.type}`);
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          assert.ok(['a', 'div', 'figure', 'figcaption', 'section', 'article'].includes(String(node.name)), `${article.source}: <${node.name}>`);
        }
        if (node.type === 'link') assert.match(node.url, /^(https?:|mailto:|#|\.\.\/)/, `${article.source}: link ${node.url}`);
      });
    }
    const unicode = await readFile(path.join(out, 'articles', `${byId.get('unicode-names.txt')!.id}.mdx`), 'utf8');
    for (const s of ['Zoë Ångström', 'Łódź', 'ŵyr ac ŷd', 'Zażółć gęślą jaźń', 'أهلاً وسهلاً', '欢迎光临', '🎉']) assert.ok(unicode.includes(s), s);
  });
});
