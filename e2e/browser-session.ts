/**
 * One Chromium and one static server of dist/ (at the base path the site was built for)
 * for a test file: registered as before/after hooks, read through getters once started.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { DIST, launchBrowser } from './browser.ts';
import { canonicalPrefix } from './site-files.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** Starts both before the file's tests and stops both after them. */
export function browserSession(): { browser: () => Browser; server: () => StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  before(async () => {
    browser = await launchBrowser();
    server = await startStaticServer(DIST, { base: new URL(canonicalPrefix(DIST)).pathname });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet`);
    return value;
  };
  return { browser: () => started(browser, 'Chromium'), server: () => started(server, 'the static server') };
}
