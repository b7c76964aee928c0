/**
 * File-level checks of the built site ($DOSSIER_DIST, default dist/): links, sitemap,
 * robots.txt, 404 page and search indexes. No server, no browser.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './browser.ts';
import { canonicalPrefix, checkSiteFiles, listFiles } from './site-files.ts';
import { evaluateOfflineIndex } from '../scripts/lib/load-offline-engine.ts';
import { PLACEHOLDER_SITE } from '../src/lib/paths.ts';

const read = (rel: string) => readFileSync(path.join(DIST, rel), 'utf8');
const htmlPages = () => listFiles(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

describe('built site files', () => {
  it('has every href, src, srcset and form action name an existing file, with no root-absolute URLs', () => {
    assert.deepEqual(checkSiteFiles(DIST), []);
  });

  it('lists every page once in sitemap.xml, as absolute URLs under the site and base', () => {
    const prefix = canonicalPrefix(DIST);
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    assert.ok(locs.length > 0, 'sitemap has URLs');
    assert.deepEqual(locs.filter((u) => !u.startsWith(prefix)), [], `every URL starts with ${prefix}`);
    const listed = locs.map((u) => decodeURIComponent(u.slice(prefix.length))).sort();
    assert.equal(new Set(listed).size, listed.length, 'no duplicates');
    // 404.html and redirect stubs for retired ids (noindex) are not pages of their own.
    const pages = htmlPages().filter((f) => f !== '404.html' && !/<meta name="robots" content="[^"]*noindex/i.test(read(f)));
    assert.deepEqual(listed, pages);
  });

  it('ships robots.txt pointing at the sitemap', () => {
    assert.match(read('robots.txt'), new RegExp(`^Sitemap: ${canonicalPrefix(DIST).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}sitemap\\.xml$`, 'm'));
  });

  it('ships 404.html whose links start from the base path, so they resolve at any depth', () => {
    const base = new URL(canonicalPrefix(DIST)).pathname;
    const hrefs = [...read('404.html').matchAll(/\shref="([^"#]+)"/g)].map((m) => m[1]!).filter((h) => !/^https?:/.test(h));
    assert.ok(hrefs.length > 3, 'links back into the site');
    assert.deepEqual(hrefs.filter((h) => !h.startsWith(base)), []);
  });

  it('ships both search indexes covering the same pages', () => {
    assert.ok(existsSync(path.join(DIST, 'pagefind/pagefind.js')), 'pagefind/pagefind.js');
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const pagefindPages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const offline = evaluateOfflineIndex(read('search-index.js'));
    const bodies = htmlPages().filter((f) => /<main[^>]*\bdata-pagefind-body/.test(read(f)));
    assert.equal(offline.pageCount, bodies.length);
    assert.equal(pagefindPages, bodies.length);
  });

  it('says in every cite box that cites this copy whether its address is a placeholder', () => {
    const host = new URL(PLACEHOLDER_SITE).host;
    const boxes = htmlPages().flatMap((f) => {
      const box = read(f).split('id="cite-heading"')[1]?.split('</section>')[0];
      return box ? [{ f, note: box.split('<dl')[0]!, styles: box.slice(box.indexOf('<dl')) }] : [];
    });
    assert.ok(boxes.length > 0, 'pages with a cite box');
    assert.deepEqual(boxes.filter((b) => b.styles.includes(host) !== /built without its public address/.test(b.note)).map((b) => b.f), []);
  });

  it('never loads the offline index on ordinary pages', () => {
    const loading = htmlPages().filter((f) => /search-index\.js/.test(read(f)));
    assert.deepEqual(loading, []);
  });
});
