import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleBodyHtml, splitFrontmatter, withoutFrontmatter } from './article-body.ts';

describe('splitFrontmatter', () => {
  it('parses YAML 1.2, so ISO dates stay strings', () => {
    const { data, body } = splitFrontmatter('---\nid: a\npublished: 2014-06-20\n---\n\nBody\n');
    assert.deepEqual(data, { id: 'a', published: '2014-06-20' });
    assert.equal(body, '\nBody\n');
  });
});

describe('withoutFrontmatter', () => {
  it('gives the body splitFrontmatter gives, without parsing the YAML', () => {
    for (const source of ['---\nid: a\n---\n\nBody\n', '---\r\nid: "---"\r\n---\r\nBody', 'No frontmatter\n---\nx\n', '---\nbad: [\n---\nBody']) {
      assert.equal(withoutFrontmatter(source), source.includes('bad:') ? 'Body' : splitFrontmatter(source).body);
    }
  });
});

describe('articleBodyHtml', () => {
  it('renders the body of the source file a loader entry names, and leaves other entries to render()', async (t) => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/article-body-`);
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const source = `${dir}/a.mdx`;
    writeFileSync(source, '---\nid: "a"\n---\n\n<div id="p-1" class="para">\n  Ann said \\{x\\}.\n</div>\n');
    assert.equal(articleBodyHtml({ rendered: { metadata: { source } } }), '<div id="p-1" class="para"><p>Ann said {x}.</p></div>');
    assert.equal(articleBodyHtml({ rendered: { metadata: {} } }), null);
    assert.equal(articleBodyHtml({}), null);
    writeFileSync(source, '---\nid: "a"\n---\n\n<Chart />\n');
    assert.throws(() => articleBodyHtml({ rendered: { metadata: { source } } }), (e: Error) => e.message.startsWith(`${source}: `));
  });
});
