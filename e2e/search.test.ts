/**
 * Search in a real browser, served over http (Pagefind) and opened from disk (the
 * offline fallback): a surname finds its person page first, filters narrow, the URL
 * carries the query, the keyboard alone is enough, and both engines put the same
 * page first for every query of e2e/queries.json. The test names come from the built
 * site itself (any person page whose surname no other title shares).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { loadOfflineEngine, readOfflineIndex } from '../scripts/lib/load-offline-engine.ts';
import { DIST, fileUrl, recordProblems, type PageProblem } from './browser.ts';
import { readQueries, uiTop } from './search-engines.ts';
import { pickBroadWord, pickPerson, readResults, tabTo } from './search-ui.ts';
import { browserSession } from './browser-session.ts';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const index = readOfflineIndex(DIST).whole();
const engine = loadOfflineEngine(pathToFileURL(`${DIST}/`));
const person = pickPerson(index);
const broad = pickBroadWord(engine, index);

const session = browserSession();

for (const mode of ['http', 'file'] as const) {
  describe(`search (${mode})`, () => {
    let page: Page;
    let problems: PageProblem[];
    let scope: string;
    const at = (rel: string) => new URL(rel, scope).href;

    before(async () => {
      scope = mode === 'http' ? session.server().url : fileUrl('');
      page = await session.browser().newPage();
      problems = recordProblems(page);
    });
    after(async () => {
      await page?.close();
    });

    it('finds a person page first for its surname, typed in the header box of any page', { skip: !person && 'no person page with a unique surname' }, async () => {
      await page.goto(at('index.html'));
      await page.fill('#site-search', person!.surname);
      await page.press('#site-search', 'Enter');
      await page.waitForURL(/search\.html\?q=/);
      const { rows } = await readResults(page);
      assert.equal(rows[0]?.href, at(person!.url));
      assert.equal(rows[0]?.kind, 'Person');
    });

    it('narrows results with a kind filter and keeps query and filter in the URL', { skip: !broad && 'no word spans several kinds' }, async () => {
      await page.goto(`${at('search.html')}?q=${encodeURIComponent(broad!)}`);
      const all = await readResults(page);
      await page.selectOption('#search-kind', 'article');
      const articles = await readResults(page);
      assert.ok(articles.count > 0 && articles.count < all.count, `${articles.count} of ${all.count}`);
      assert.deepEqual([...new Set(articles.rows.map((r) => r.kind))], ['Article']);
      assert.match(page.url(), /[?&]kind=article(&|$)/);
      // The shared URL restores the same search.
      await page.goto(page.url());
      assert.equal(await page.inputValue('#search-q'), broad);
      assert.equal(await page.inputValue('#search-kind'), 'article');
      assert.equal((await readResults(page)).count, articles.count);
    });

    it('sorts by date, newest first, keeping undated pages after the dated ones', { skip: !broad && 'no word spans several kinds' }, async () => {
      await page.goto(`${at('search.html')}?q=${encodeURIComponent(broad!)}`);
      const relevance = await readResults(page);
      await page.selectOption('#search-sort', 'date-desc');
      const { count, rows } = await readResults(page);
      assert.equal(count, relevance.count, 'sorting drops no result');
      const dates = rows.map((r) => r.iso);
      const dated = dates.filter((d) => d !== '');
      assert.ok(dated.length > 1, 'several dated results');
      // ISO dates of any precision sort as strings (2014 < 2014-06 < 2014-06-20).
      assert.deepEqual(dated, [...dated].sort().reverse());
      assert.deepEqual(dates.slice(0, dated.length), dated, 'undated results come last');
    });

    it('works with the keyboard alone: header box, filter, result link', { skip: !person && 'no person page with a unique surname' }, async () => {
      await page.goto(at('index.html'));
      await tabTo(page, '#site-search');
      await page.keyboard.type(person!.surname);
      await page.keyboard.press('Enter');
      await page.waitForURL(/search\.html\?q=/);
      await readResults(page);
      await tabTo(page, '#search-kind');
      await page.keyboard.type('Person'); // select by typing, as keyboard users do
      await page.waitForFunction(() => (document.querySelector('#search-kind') as HTMLSelectElement).value === 'person');
      const { rows } = await readResults(page);
      assert.equal(rows[0]?.href, at(person!.url));
      await tabTo(page, '#search-results a');
      await page.keyboard.press('Enter');
      await page.waitForURL(at(person!.url));
    });

    it('drops a kind the site does not have from a forged link instead of filtering everything out', { skip: !broad && 'no word spans several kinds' }, async () => {
      await page.goto(`${at('search.html')}?q=${encodeURIComponent(broad!)}`);
      const all = await readResults(page);
      await page.goto(`${at('search.html')}?q=${encodeURIComponent(broad!)}&kind=${encodeURIComponent('<b>x</b>')}`);
      assert.equal((await readResults(page)).count, all.count);
      assert.equal(await page.locator('#search-kind').inputValue(), '');
    });

    it('says so when nothing matches', async () => {
      await page.goto(`${at('search.html')}?q=qqzzxxnomatch`);
      assert.equal((await readResults(page)).count, 0);
      assert.match(await page.locator('#search-status').innerText(), /^No results/);
    });

    it('passes axe (WCAG 2.2 AA) with results shown', { skip: !broad && 'no results to show' }, async () => {
      // Its own tab, free of the site's CSP: axe is injected as an inline script.
      const context = await session.browser().newContext({ bypassCSP: true });
      const tab = await context.newPage();
      try {
        await tab.goto(`${at('search.html')}?q=${encodeURIComponent(broad!)}`);
        await readResults(tab);
        await tab.addScriptTag({ path: AXE });
        const violations = await tab.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
        });
        assert.deepEqual(violations, []);
      } finally {
        await context.close();
      }
    });

    it('logs no console errors and loads every resource', () => {
      assert.deepEqual(problems, []);
    });
  });
}

describe('offline fallback against Pagefind', () => {
  it('puts the same page first for every query of the quality set', async () => {
    const queries = readQueries().map((c) => c.q);
    const page = await session.browser().newPage();
    try {
      const hosted = await uiTop(page, session.server().url, queries, 1);
      const offline = await uiTop(page, fileUrl(''), queries, 1);
      const differ = queries.filter((_, i) => hosted[i]![0] !== offline[i]![0]).map((q, i) => `${q}: ${hosted[i]![0]} vs ${offline[i]![0]}`);
      assert.deepEqual(differ, []);
    } finally {
      await page.close();
    }
  });

  it('never loads the offline index on an ordinary page, and loads its manifest and shards from disk only for a search', async () => {
    const page = await session.browser().newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    try {
      await page.goto(fileUrl('index.html'));
      await page.goto(fileUrl('search.html'));
      assert.ok(!requested.some((u) => u.endsWith('/search-index.js')), 'no index before a search');
      await page.goto(`${fileUrl('search.html')}?q=a`);
      await readResults(page);
      assert.ok(requested.some((u) => u.endsWith('/search-index.js')), 'index manifest loaded for the search');
      assert.ok(requested.some((u) => /\/search-index\/t\d+\.js$/.test(u)), 'a word shard loaded for the query');
      assert.ok(requested.some((u) => /\/search-index\/p\d+\.js$/.test(u)), 'a page shard loaded for the results shown');
    } finally {
      await page.close();
    }
  });
});
