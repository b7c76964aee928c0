/**
 * Crawls every page reachable from a start page with one reused browser tab, and
 * reports broken links: missing pages, links to folders (they do not open from
 * disk), links that leave the site's folder or base path (root-absolute URLs),
 * missing `#fragment` targets and missing non-HTML files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export interface BrokenLink {
  from: string;
  to: string;
  reason: string;
}

export interface CrawlResult {
  /** Every page visited, in visiting order. */
  pages: string[];
  broken: BrokenLink[];
}

const stripHash = (url: string) => url.split('#')[0]!;

async function resourceExists(url: string): Promise<boolean> {
  if (url.startsWith('file:')) return existsSync(fileURLToPath(url));
  const response = await fetch(url, { method: 'HEAD' });
  return response.ok;
}

/**
 * Visits `start` and every in-scope page it links to, transitively.
 * @param scope URL prefix of the site (`http://127.0.0.1:1234/archive/` or `file:///…/dist/`)
 */
export async function crawl(page: Page, start: string, scope: string): Promise<CrawlResult> {
  const origin = new URL(scope).origin;
  const queue = [start];
  const seen = new Set(queue);
  const pages: string[] = [];
  const broken: BrokenLink[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const fragments: { from: string; to: string; id: string }[] = [];
  const files = new Map<string, string>(); // non-HTML target -> first page linking to it
  const from = new Map<string, string>([[start, '(start)']]);

  while (queue.length) {
    const url = queue.shift()!;
    let ok = false;
    try {
      const response = await page.goto(url, { waitUntil: 'load' });
      ok = !response || response.ok();
      if (!ok) broken.push({ from: from.get(url)!, to: url, reason: `HTTP ${response?.status()}` });
    } catch (error) {
      broken.push({ from: from.get(url)!, to: url, reason: (error as Error).message.split('\n')[0]! });
    }
    if (!ok) continue;
    pages.push(url);
    const { links, ids } = await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')].map((a) => a.href),
      ids: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''),
    }));
    idsByPage.set(url, new Set(ids));
    for (const link of links) {
      const target = new URL(link);
      const inSite = link.startsWith(scope);
      const sameOrigin = target.protocol === 'file:' || target.origin === origin;
      if (!inSite) {
        if (sameOrigin) broken.push({ from: url, to: link, reason: 'outside the site (root-absolute URL?)' });
        continue; // external links are not followed: no network in tests
      }
      const bare = stripHash(link);
      if (target.hash.length > 1) fragments.push({ from: url, to: bare, id: decodeURIComponent(target.hash.slice(1)) });
      if (target.pathname.endsWith('/')) {
        broken.push({ from: url, to: link, reason: 'points at a folder, not a file' });
        continue;
      }
      if (!target.pathname.endsWith('.html')) {
        if (!files.has(bare)) files.set(bare, url);
        continue;
      }
      if (!seen.has(bare)) {
        seen.add(bare);
        from.set(bare, url);
        queue.push(bare);
      }
    }
  }

  for (const [file, page_] of files) {
    if (!(await resourceExists(file))) broken.push({ from: page_, to: file, reason: 'file missing' });
  }
  for (const f of fragments) {
    const ids = idsByPage.get(f.to);
    if (ids && !ids.has(f.id)) broken.push({ from: f.from, to: `${f.to}#${f.id}`, reason: 'fragment target missing' });
  }
  return { pages, broken };
}
