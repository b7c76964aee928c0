/**
 * The cite box's Copy buttons, in Chromium, served over http (with the site's CSP) and
 * opened from disk: shown only when the script runs, and each puts its citation's text
 * on the clipboard and says so in the status line.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DIST, fileUrl, recordProblems } from './browser.ts';
import { browserSession } from './browser-session.ts';

const article = readdirSync(path.join(DIST, 'articles')).filter((n) => n.endsWith('.html')).sort()[0]!;
const session = browserSession();

for (const mode of ['http', 'file'] as const) {
  describe(`cite box copy buttons (${mode})`, () => {
    it('copies the APA citation and the BibTeX entry as plain text, and says so', async () => {
      const context = await session.browser().newContext();
      const server = session.server();
      const url = mode === 'http' ? `${server.url}articles/${article}` : fileUrl(`articles/${article}`);
      if (mode === 'http') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      const page = await context.newPage();
      const problems = recordProblems(page);
      await page.goto(url);
      const apa = page.getByRole('button', { name: 'Copy the APA citation' });
      assert.equal(await apa.isVisible(), true, 'the button is shown once the script runs');
      await apa.click();
      const status = page.locator('[data-copy-status]');
      await status.filter({ hasText: 'APA citation copied' }).waitFor();
      const expected = (await page.locator('#cite-apa').innerText()).trim();
      if (mode === 'http') assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
      await page.getByRole('button', { name: 'Copy the BibTeX entry' }).click();
      await status.filter({ hasText: 'BibTeX entry copied' }).waitFor();
      if (mode === 'http') assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^@(?:article|misc)\{/);
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}
