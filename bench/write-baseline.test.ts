import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { diffFolders } from './folder-stats.ts';
import { articleToMarkdown, writeBaseline } from './write-baseline.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'baseline-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('articleToMarkdown', () => {
  it('takes the first block as the title and a short second block as the byline', () => {
    const md = articleToMarkdown('Ferry "fares" to rise\r\n\r\nBy Ann Lee\r\n\r\nFares rise by 5%.\n');
    assert.equal(md, '---\ntitle: "Ferry \\"fares\\" to rise"\nbyline: "By Ann Lee"\n---\n\nFares rise by 5%.\n');
  });
});

describe('writeBaseline', () => {
  it('writes one .md per article plus a one-layout site', () => {
    const corpus = path.join(temp, 'corpus');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, '001.txt'), 'One\n\nBody one.\n');
    writeFileSync(path.join(corpus, '002.txt'), 'Two\n\nBody two.\n');
    writeFileSync(path.join(corpus, 'notes.md'), 'not an article');
    const site = path.join(temp, 'site');
    assert.equal(writeBaseline(corpus, site), 2);
    assert.match(readFileSync(path.join(site, 'articles', '002.md'), 'utf8'), /title: "Two"/);
    assert.match(readFileSync(path.join(site, 'src/pages/articles/[id].astro'), 'utf8'), /getStaticPaths/);
  });
});

describe('diffFolders', () => {
  it('lists files that differ or exist on one side only', () => {
    const a = path.join(temp, 'a');
    const b = path.join(temp, 'b');
    for (const dir of [a, b]) mkdirSync(path.join(dir, 'data'), { recursive: true });
    writeFileSync(path.join(a, 'data', 'same.json'), '[]');
    writeFileSync(path.join(b, 'data', 'same.json'), '[]');
    writeFileSync(path.join(a, 'data', 'changed.json'), '[1]');
    writeFileSync(path.join(b, 'data', 'changed.json'), '[2]');
    writeFileSync(path.join(b, 'extra.mdx'), '');
    assert.deepEqual(diffFolders(a, b), ['data/changed.json', 'extra.mdx']);
  });
});
