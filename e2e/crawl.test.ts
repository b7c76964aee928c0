/**
 * Crawls the built site ($DOSSIER_DIST) from its home page in a real browser, served
 * over http at its base path, served under another sub-path, and opened from disk:
 * no broken links, no failed loads, no console errors (CSP violations included).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DIST, fileUrl, launchBrowser, recordProblems, type PageProblem } from './browser.ts';
import { crawl, type CrawlResult } from './crawl.ts';
import { canonicalPrefix, listFiles } from './site-files.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const basePath = new URL(canonicalPrefix(DIST)).pathname;
const pageCount = listFiles(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Crawls `scope` from its index.html in a fresh tab and returns what the crawl and the tab saw. */
async function crawlSite(scope: string): Promise<CrawlResult & { problems: PageProblem[] }> {
  const page: Page = await browser.newPage();
  const problems = recordProblems(page);
  try {
    const result = await crawl(page, new URL('index.html', scope).href, scope);
    return { ...result, problems };
  } finally {
    await page.close();
  }
}

for (const mode of ['http', 'sub-path', 'file'] as const) {
  describe(`crawl (${mode})`, () => {
    let server: StaticServer | null = null;
    let result: CrawlResult & { problems: PageProblem[] };

    before(async () => {
      if (mode !== 'file') server = await startStaticServer(DIST, { base: mode === 'http' ? basePath : '/mirror/deep/' });
      result = await crawlSite(server ? server.url : fileUrl(''));
    });
    after(async () => {
      await server?.close();
    });

    it('reaches pages beyond the home page', () => {
      assert.ok(result.pages.length > 1, `visited ${result.pages.length} of ${pageCount} pages`);
    });

    it('finds no broken links', () => {
      assert.deepEqual(result.broken, []);
    });

    it('has no console errors, exceptions or failed loads', () => {
      assert.deepEqual(result.problems, []);
    });
  });
}

describe('404 page (http)', () => {
  let server: StaticServer;
  before(async () => {
    server = await startStaticServer(DIST, { base: basePath });
  });
  after(async () => {
    await server?.close();
  });

  it('is served for a missing page at any depth, and its links resolve', async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    try {
      const response = await page.goto(new URL('no/such/deep/page.html', server.url).href);
      assert.equal(response?.status(), 404);
      assert.match(await page.locator('h1').innerText(), /not found/i);
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      // In-site links to other documents (the skip link `#main` stays on this one).
      const here = page.url().split('#')[0];
      const inSite = links.filter((l) => l.startsWith(server.url) && l.split('#')[0] !== here);
      assert.ok(inSite.length > 3, 'links back into the site');
      for (const link of inSite) {
        const res = await fetch(link.split('#')[0]!, { method: 'HEAD' });
        assert.equal(res.status, 200, link);
      }
      // The missing page's 404 response itself is expected; nothing else may fail.
      assert.deepEqual(
        problems.filter((p) => !(p.kind === 'http-error' && p.detail.includes('no/such/deep/page.html')) && !(p.kind === 'console' && /404/.test(p.detail))),
        [],
      );
    } finally {
      await page.close();
    }
  });
});
