/**
 * Hostile input end to end: the fixture folder of code-like, markup-like and broken
 * articles is built into a site (--skip-invalid), and every article's text shows
 * literally in the browser, with nothing of it running.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

const WORK = path.resolve('.build/hostile');
const DIST = path.join(WORK, 'dist');
let browser: Browser;

before(() => {
  rmSync(WORK, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--seeds', 'scripts/test/fixtures/hostile', '--out', path.join(WORK, 'content'), '--curation', 'none', '--skip-invalid', '--no-cache'], {
    env: { ...process.env, DOSSIER_OUT_DIR: DIST, DOSSIER_CACHE_DIR: path.join(WORK, 'astro-cache') },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr + result.stdout);
  assert.match(result.stdout, /skipped 5 invalid file\(s\)/);
});
before(async () => {
  browser = await launchBrowser();
});
after(async () => browser?.close());

const articlePages = () => readdirSync(path.join(DIST, 'articles')).filter((n) => n.endsWith('.html'));

describe('a site built from hostile input', () => {
  it('has a page for every good article and none for the bad ones', () => {
    assert.equal(articlePages().length, 10);
  });

  it('contains no element, handler, script or link that came from article text', async () => {
    const page = await browser.newPage();
    for (const name of articlePages()) {
      await page.goto(`file://${path.join(DIST, 'articles', name)}`);
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        for (const el of document.querySelectorAll('img, iframe, object, embed, form:not(.search-box), body style, main script, main del, main table')) bad.push(`<${el.localName}>`);
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) bad.push(`${el.localName}[${attr}]`);
        }
        for (const a of document.querySelectorAll('a[href]')) if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) bad.push(`a[href=${a.getAttribute('href')}]`);
        for (const s of document.querySelectorAll('script')) {
          if (s.type !== 'application/ld+json' && !/^\.\.?\//.test(s.getAttribute('src') ?? '')) bad.push(`script ${s.getAttribute('src') ?? s.textContent?.slice(0, 40)}`);
        }
        return bad;
      });
      assert.deepEqual(found, [], name);
    }
    await page.close();
  });

  it('shows code-like text literally in the browser and runs none of it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const texts: string[] = [];
    for (const name of articlePages()) {
      await page.goto(`file://${path.join(DIST, 'articles', name)}`);
      texts.push(await page.locator('main').innerText());
    }
    await page.close();
    const all = texts.join('\n');
    for (const literal of ['{process.exit(1)}', 'import fs from "node:fs"', 'export const pwned = true', '<Entity id="x">plan</Entity>', '</div>', '<script>alert("xss")</script>', '<img src=x onerror=alert(1)>', '<!-- an unterminated comment', '# Hashes, quotes and lists at line starts', 'Zoë Ångström', '欢迎光临', 'Café Angélique', 'A ~~struck~~ word, a ~tilde~ and ~~~ three.']) {
      assert.ok(all.includes(literal), `missing literal text: ${literal}`);
    }
    assert.ok(all.includes('The last paragraph must still appear'), 'text after an unterminated comment survives');
    assert.deepEqual(dialogs, []);
  });

  it('wraps a pasted URL and a 2,000-letter word on a phone instead of widening the page', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const long = articlePages().find((n) => n.startsWith('council-publishes-a-very-long-link'));
    assert.ok(long, 'the long-word article has a page');
    for (const file of [path.join('articles', long), 'articles.html', 'index.html']) {
      await page.goto(`file://${path.join(DIST, file)}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `${file} is ${width}px wide at 375px`);
    }
    await page.close();
  });
});
