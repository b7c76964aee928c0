import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, extractSearchPage } from './extract-search-page.ts';

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

describe('extractSearchPage', () => {
  it('indexes only the data-pagefind-body element and weights headings like Pagefind', () => {
    const html = page(
      '<meta name="description" content="About Mary O&#39;Brien">',
      '<header><a href="x.html">Nav link</a></header><main data-pagefind-body><h1>Mary O’Brien</h1><p>Chair of the <a href="o.html">Harbour Trust</a>.</p><h3>Roles</h3></main><footer>Footer words</footer>',
    );
    const result = extractSearchPage(html);
    assert.equal(result.hasBody, true);
    assert.deepEqual(result.blocks, [
      { text: 'Mary O’Brien', weight: 7 },
      { text: 'Chair of the Harbour Trust.', weight: 1 },
      { text: 'Roles', weight: 5 },
    ]);
    assert.equal(result.meta.title, 'Mary O’Brien');
    assert.equal(result.description, "About Mary O'Brien");
  });

  it('skips ignored, navigation, form and script content but keeps their filters', () => {
    const html = page(
      '',
      '<main data-pagefind-body><p>Kept text</p><aside data-pagefind-ignore><span data-pagefind-filter="tag">local</span> hidden words</aside><nav>menu</nav><form><label>Find</label></form><script>var secret = 1;</script><div data-pagefind-ignore="all"><span data-pagefind-filter="tag">dropped</span></div></main>',
    );
    const result = extractSearchPage(html);
    assert.deepEqual(result.blocks.map((b) => b.text), ['Kept text']);
    assert.deepEqual(result.filters, { tag: ['local'] });
  });

  it('reads filters, meta and sort keys from attribute captures in the head', () => {
    const html = page(
      '<meta name="dossier:kind" content="person" data-pagefind-filter="kind[content]"><meta name="p" content="The Daily Post" data-pagefind-filter="publication[content]"><meta name="p" content="Evening News" data-pagefind-filter="publication[content]"><meta name="d" content="2015-03" data-pagefind-meta="date[content]" data-pagefind-sort="date[content]"><meta name="t" content="Jane Roe" data-pagefind-meta="title[content]">',
      '<main data-pagefind-body><h1>Something else</h1></main>',
    );
    const result = extractSearchPage(html);
    assert.deepEqual(result.filters, { kind: ['person'], publication: ['The Daily Post', 'Evening News'] });
    assert.deepEqual(result.sort, { date: '2015-03' });
    assert.equal(result.meta.title, 'Jane Roe', 'an explicit title beats the first h1');
    assert.equal(result.meta.date, '2015-03');
  });

  it('supports inline filter values and explicit weights that override heading weights', () => {
    const html = page('', '<main data-pagefind-body data-pagefind-filter="kind:date"><h2 data-pagefind-weight="10">Heavy <span>name</span></h2><div data-pagefind-weight="2"><h1>Inherits two</h1></div></main>');
    const result = extractSearchPage(html);
    assert.deepEqual(result.filters, { kind: ['date'] });
    assert.deepEqual(result.blocks, [
      { text: 'Heavy name', weight: 10 },
      { text: 'Inherits two', weight: 2 },
    ]);
  });

  it('does not split words at inline elements but does at block elements', () => {
    const html = page('', '<main data-pagefind-body><p><a href="p.html">Ray Jones</a>’s letter</p><p>Next</p><p>para</p></main>');
    assert.deepEqual(extractSearchPage(html).blocks.map((b) => b.text), ['Ray Jones’s letter Next para']);
  });

  it('runs words together across elements Pagefind does not treat as blocks, as Pagefind does', () => {
    const html = page('', '<main data-pagefind-body><dl><dt>Type</dt><dd>charity</dd></dl><ul><li>One</li><li>Two</li></ul></main>');
    assert.deepEqual(extractSearchPage(html).blocks.map((b) => b.text), ['Typecharity One Two']);
  });

  it('reports pages without a body element', () => {
    const result = extractSearchPage(page('', '<main><p>Listing</p></main>'));
    assert.equal(result.hasBody, false);
    assert.deepEqual(result.blocks, []);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    assert.equal(decodeEntities('A &amp; B &lt;i&gt; &#8217; &#x2014; &bogus;'), 'A & B <i> \u2019 \u2014 &bogus;');
  });
});
