import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMdxHtml } from './render-mdx-html.ts';

describe('renderMdxHtml', () => {
  it('renders lowercase JSX elements and Markdown to HTML, escaping text as Astro does', () => {
    const body = '<div id="p-1" class="para">\n  Tom said \\{x\\} \\<b> & "it\'s" <a href="../people/tom.html" class="ent person">Tom</a> <a class="pin" href="#p-1" aria-label="Link to paragraph 1">¶</a>\n</div>\n';
    assert.equal(
      renderMdxHtml(body),
      '<div id="p-1" class="para"><p>Tom said {x} &lt;b&gt; &amp; &quot;it&#39;s&quot; <a href="../people/tom.html" class="ent person">Tom</a> <a class="pin" href="#p-1" aria-label="Link to paragraph 1">¶</a></p></div>',
    );
  });

  it('renders Markdown headings and links inside JSX blocks', () => {
    assert.equal(renderMdxHtml('<section class="c">\n  ## Reader comments\n\n  See [the report](https://example.org/a?b=1&c=2).\n</section>\n'),
      '<section class="c"><h2 id="reader-comments">Reader comments</h2><p>See <a href="https://example.org/a?b=1&amp;c=2">the report</a>.</p></section>');
  });

  it('refuses components, expressions and imports instead of rendering them wrongly', () => {
    assert.throws(() => renderMdxHtml('<Chart data="x" />\n'), /only lowercase HTML tags/);
    assert.throws(() => renderMdxHtml('Total: {1 + 1}\n'), /unsupported MDX node/);
    assert.throws(() => renderMdxHtml('<a href={url}>x</a>\n'), /only literal strings/);
    assert.throws(() => renderMdxHtml("import x from 'y'\n\nText\n"), /unsupported MDX node/);
  });
});

describe('renderMdxHtml headings', () => {
  it('gives Markdown headings unique slugs of their text, as Astro does', () => {
    const html = renderMdxHtml('## Reader comments\n\n## Reader comments\n\n### Café & co\n');
    assert.equal(html, '<h2 id="reader-comments">Reader comments</h2>\n<h2 id="reader-comments-1">Reader comments</h2>\n<h3 id="café--co">Café &amp; co</h3>');
  });
});
