import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import { bodyText } from './body-text.ts';

const page = `---
id: example
title: "Council: sells"
---

<div id="p-1" class="para standfirst">
  A short standfirst.
</div>

<div id="p-2" class="para">
  Hello *world* and {"{"} literal with <a href="../people/ray-jones/" class="e">Ray Jones</a>.
</div>

<figure id="p-3" class="caption">
  <figcaption>Photo: Jo Bloggs</figcaption>
</figure>

<section class="comments" aria-labelledby="reader-comments">
  ## Reader comments

  <article class="comment" id="c-1">
    <div id="p-4" class="para comment-meta">
      Gerald June 5, 2014
    </div>
  </article>
</section>
`;

describe('bodyText', () => {
  it('drops frontmatter, markup, JSX tags and attributes, keeping link text and literal characters', () => {
    const result = bodyText(page);
    assert.ok(result.ok);
    assert.match(result.full, /Hello world and \{ literal with Ray Jones\./);
    assert.doesNotMatch(result.full, /id:|href|para|p-2/);
  });
  it('keeps captions and comments in the full text but not in the running text', () => {
    const result = bodyText(page);
    assert.ok(result.ok);
    assert.match(result.full, /Photo: Jo Bloggs/);
    assert.match(result.full, /Gerald June 5/);
    assert.doesNotMatch(result.running, /Jo Bloggs|Gerald|Reader comments/);
    assert.match(result.running, /A short standfirst\.\nHello world/);
  });
  it('reports a page that is not valid MDX instead of guessing', () => {
    const result = bodyText('<div>\n\nunclosed');
    assert.equal(result.ok, false);
  });
});

describe('bodyText on pages written by serializeArticle', () => {
  it('separates running text from captions and comments in the ingest’s own markup', async () => {
    const { serializeArticle } = await import('../serialize-article.ts');
    const para = (value: string, kind: string, comment?: number) => ({
      type: 'paragraph' as const,
      data: { kind, ...(comment === undefined ? {} : { comment }) },
      children: [{ type: 'text' as const, value }],
    });
    // `data.kind` / `data.comment` are the parser's paragraph annotations, not part of mdast's types.
    const tree = {
      type: 'root',
      children: [
        para('Body with {braces} and <angle> text.', 'body'),
        para('Photo: Jo Bloggs', 'caption'),
        para('Gerald June 5, 2014', 'comment-meta', 0),
        para('A comment.', 'comment', 0),
      ],
    } as unknown as Root;
    const result = bodyText(serializeArticle(tree, { id: 'x' }, []));
    assert.ok(result.ok);
    assert.match(result.running, /Body with \{braces\} and <angle> text\./);
    assert.doesNotMatch(result.running, /Jo Bloggs|Gerald|A comment/);
    assert.match(result.full, /Jo Bloggs[\s\S]*Gerald June 5, 2014[\s\S]*A comment\./);
  });
});
