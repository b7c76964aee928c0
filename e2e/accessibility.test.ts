/**
 * Gate: axe-core (WCAG 2.0–2.2 A and AA rules) on one page of every kind, in light
 * and dark colour schemes, at phone width and in forced colours. Zero serious or critical violations.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { DIST, fileUrl, launchBrowser } from './browser.ts';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** The first page of each section folder, plus every root page. */
function pagesOfEveryKind(): string[] {
  const root = readdirSync(DIST).filter((n) => n.endsWith('.html'));
  const sections = ['articles', 'people', 'organisations', 'dates'].flatMap((dir) => {
    const full = path.join(DIST, dir);
    if (!existsSync(full)) return [];
    const names = readdirSync(full).filter((n) => n.endsWith('.html')).sort();
    // Dates: a day, a month and a year page, which differ in layout.
    const picks = dir === 'dates' ? [names.find((n) => /^\d{4}-\d\d-\d\d/.test(n)), names.find((n) => /^\d{4}-\d\d\./.test(n)), names.find((n) => /^\d{4}\./.test(n))] : [names[0]];
    return picks.filter((n): n is string => Boolean(n)).map((n) => `${dir}/${n}`);
  });
  return [...root.sort(), ...sections];
}

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => browser?.close());

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = pagesOfEveryKind();
  it('has pages of every kind to check', () => {
    assert.ok(pages.some((p) => p.startsWith('articles/')) && pages.some((p) => p.startsWith('people/')), 'build first');
  });
  it('catches a known violation (axe is really running)', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="x.png"><p style="color:#bbb;background:#fff">low contrast</p></main></body></html>');
    await page.addScriptTag({ path: AXE });
    const ids = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    await page.close();
    assert.ok(ids.includes('image-alt') && ids.includes('color-contrast'), ids.join(', '));
  });
  // Light at desktop width, dark at phone width, and Windows-style forced colours over a dark scheme.
  const modes = [
    { name: 'the light scheme', colorScheme: 'light', forcedColors: 'none', viewport: { width: 1280, height: 900 } },
    { name: 'the dark scheme', colorScheme: 'dark', forcedColors: 'none', viewport: { width: 390, height: 844 } },
    { name: 'forced colours', colorScheme: 'dark', forcedColors: 'active', viewport: { width: 1280, height: 900 } },
  ] as const;
  for (const mode of modes) {
    it(`finds no serious or critical violation in ${mode.name}`, async () => {
      const context = await browser.newContext({ colorScheme: mode.colorScheme, forcedColors: mode.forcedColors, viewport: mode.viewport });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const rel of pages) {
        await page.goto(fileUrl(rel));
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
        });
        for (const v of violations) {
          if (v.impact === 'serious' || v.impact === 'critical') failures.push(`${rel}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
        }
      }
      await context.close();
      assert.deepEqual(failures, []);
    });
  }
});
