import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { serializeArticle } from './serialize-article.ts';

const HOSTILE = [
  '{process.exit(1)}',
  'import fs from "node:fs"',
  'export const x = 1',
  '<Entity id="x">Injected</Entity> and </div>',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '`code` and ```fences``` and <!-- unterminated comment',
  '# not a heading',
  '> not a quote',
  '- not a list',
  '1. not a list',
  '---',
  'title: frontmatter?',
  '[link](javascript:alert(1)) and ![img](x.png)',
  '*emphasis* _under_ **strong** \\backslash & &amp; &#60;',
  'Siobhán O’Brien-Mac Aodha, Zoë Ångström, Łódź, مرحبا, 北京, 😀',
];

function tree(texts: string[]): Root {
  return {
    type: 'root',
    children: texts.map((value) => ({ type: 'paragraph', data: { kind: 'body' }, children: [{ type: 'text', value }] })),
  } as Root;
}

function reparse(mdx: string): Root {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
}

describe('serializeArticle', () => {
  it('keeps hostile text literal: no ESM, no expressions, no foreign JSX after re-parsing', () => {
    const mdx = serializeArticle(tree(HOSTILE), { id: 'x' }, []);
    const parsed = reparse(mdx);
    const kinds = new Set<string>();
    const names = new Set<string>();
    const texts: string[] = [];
    visit(parsed, (node) => {
      kinds.add(node.type);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') names.add(String(node.name));
      if (node.type === 'paragraph') texts.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
    });
    for (const bad of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'heading', 'list', 'blockquote', 'code', 'inlineCode', 'link', 'image', 'emphasis', 'strong', 'thematicBreak']) {
      assert.ok(!kinds.has(bad), `unexpected ${bad} node in re-parsed MDX`);
    }
    assert.deepEqual([...names].sort(), ['a', 'div']);
    for (const text of HOSTILE) assert.ok(texts.some((t) => t.startsWith(text)), `text not kept literally: ${text}`);
  });

  it('wraps entity mentions in relative links without changing the text', () => {
    const mdx = serializeArticle(tree(['Ray Jones said so.']), { id: 'x' }, [
      { paragraph: 1, start: 0, end: 9, href: '../people/ray-jones.html', className: 'ent person' },
    ]);
    assert.match(mdx, /<a href="\.\.\/people\/ray-jones\.html" class="ent person">Ray Jones<\/a> said so\./);
    assert.match(mdx, /<div id="p-1" class="para">/);
  });

  it('serialises frontmatter with a YAML library, so a title cannot end the block', () => {
    const mdx = serializeArticle(tree(['Body.']), { id: 'x', title: 'A\n---\nimport x from "y"' }, []);
    const end = mdx.indexOf('\n---\n', 4);
    assert.ok(mdx.slice(4, end).includes('title:'));
    assert.equal(mdx.slice(end + 5).trimStart().startsWith('<div id="p-1"'), true);
  });
});
