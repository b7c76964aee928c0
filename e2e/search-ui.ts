/**
 * Helpers for driving the search page (search.html) in a browser, and for choosing
 * test queries from whatever site was built (no corpus-specific names).
 */
import type { Page } from 'playwright-core';
import type { OfflineIndex } from '../scripts/lib/build-offline-index.ts';
import type { OfflineEngine } from '../scripts/lib/load-offline-engine.ts';

export interface ResultRow {
  /** Absolute URL the result links to. */
  href: string;
  title: string;
  /** Kind label as shown, e.g. `Person`. */
  kind: string;
  /** Date as shown, or ''. */
  date: string;
  /** ISO date of the result (`data-date`), or ''. */
  iso: string;
}

/** Waits for the search page to settle and returns the total count and the rows shown. */
export async function readResults(page: Page): Promise<{ count: number; rows: ResultRow[] }> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  const count = Number(await page.getAttribute('#search-results', 'data-count'));
  const rows = await page.$$eval('#search-results > li', (items) =>
    items.map((li) => {
      const link = li.querySelector('a') as HTMLAnchorElement;
      const [kind = '', date = ''] = (li.querySelector('.result-meta')?.textContent ?? '').split(' · ');
      return { href: link.href, title: link.textContent ?? '', kind, date, iso: li.getAttribute('data-date') ?? '' };
    }),
  );
  return { count, rows };
}

/** Presses Tab until `selector` has focus; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A person page whose surname appears in no other page's title: searching it must find that page first. */
export function pickPerson(index: OfflineIndex): { url: string; surname: string } | null {
  const titles = index.rows.map((row) => row[1].toLowerCase());
  for (const [p, row] of index.rows.entries()) {
    if (index.profiles[index.pages.profiles[p]!]![0] !== 1) continue;
    const surname = row[1].split(/\s+/).pop() ?? '';
    if (!/^\p{L}{4,}$/u.test(surname) || row[1].split(/\s+/).length < 2) continue;
    const word = new RegExp(`(^|[^\\p{L}])${surname.toLowerCase()}([^\\p{L}]|$)`, 'u');
    if (titles.filter((t) => word.test(t)).length === 1) return { url: row[0], surname };
  }
  return null;
}

/** A word from the titles that finds many pages of several kinds, so a kind filter has something to narrow. */
export function pickBroadWord(engine: OfflineEngine, index: OfflineIndex): string | null {
  const words = [...new Set(index.rows.flatMap((row) => row[1].toLowerCase().match(/\p{L}{4,}/gu) ?? []))].sort();
  let best: { word: string; n: number } | null = null;
  for (const word of words) {
    const results = engine.search(index, word);
    const kinds = new Set(results.map((r) => r.kind));
    if (kinds.size < 2 || !kinds.has('article')) continue;
    if (!best || results.length > best.n) best = { word, n: results.length };
  }
  return best?.word ?? null;
}
