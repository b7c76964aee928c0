import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSitemaps, ownCanonical } from './build-sitemap.ts';

const page = (path: string, head: string) => ({ path, html: `<!doctype html><html><head>${head}</head><body><link rel="canonical" href="https://elsewhere.example/x.html"></body></html>` });

describe('ownCanonical', () => {
  it('returns the canonical URL of a page that is its own canonical', () => {
    assert.equal(ownCanonical(page('people/ana-silva.html', '<link rel="canonical" href="https://news.example/archive/people/ana-silva.html">')), 'https://news.example/archive/people/ana-silva.html');
  });

  it('leaves out pages that point elsewhere, are noindex or have no canonical link in the head', () => {
    assert.equal(ownCanonical(page('people/old-id.html', '<link rel="canonical" href="https://x.example/people/new-id.html">')), null);
    assert.equal(ownCanonical(page('404.html', '<meta name="robots" content="noindex"><link rel="canonical" href="https://x.example/404.html">')), null);
    assert.equal(ownCanonical(page('x.html', '<title>A</title>')), null);
  });
});

describe('buildSitemaps', () => {
  it('lists the URLs sorted and escaped in one sitemaps.org file', () => {
    assert.deepEqual(buildSitemaps(['https://x.example/b.html', 'https://x.example/a&b.html'], 'https://x.example/'), [
      {
        name: 'sitemap.xml',
        xml: '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://x.example/a&amp;b.html</loc></url>\n  <url><loc>https://x.example/b.html</loc></url>\n</urlset>\n',
      },
    ]);
  });

  it('splits past the limit into numbered sitemaps under an index', () => {
    const files = buildSitemaps(['https://x.example/s/c.html', 'https://x.example/s/a.html', 'https://x.example/s/b.html'], 'https://x.example/s/', 2);
    assert.deepEqual(files.map((f) => f.name), ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    assert.match(files[0]!.xml, /<sitemapindex [^>]+>\n  <sitemap><loc>https:\/\/x\.example\/s\/sitemap-1\.xml<\/loc><\/sitemap>\n  <sitemap><loc>https:\/\/x\.example\/s\/sitemap-2\.xml<\/loc><\/sitemap>\n<\/sitemapindex>/);
    assert.match(files[2]!.xml, /<loc>https:\/\/x\.example\/s\/c\.html<\/loc>/);
  });
});
