/**
 * One Chromium for the browser tests (playwright-core with the system Chromium),
 * and a recorder of what goes wrong on a page: console errors (CSP violations
 * included), uncaught exceptions, failed sub-resource loads and HTTP errors.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The built site under test: `$DOSSIER_DIST`, default `dist`. */
export const DIST = path.resolve(process.env.DOSSIER_DIST ?? 'dist');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium binary, or null when none is installed. */
export function chromiumPath(): string | null {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** Launches headless Chromium with no sandbox and no background network traffic. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

export interface PageProblem {
  /** URL of the page being shown when the problem happened. */
  page: string;
  kind: 'console' | 'exception' | 'request-failed' | 'http-error';
  detail: string;
}

/** Records every problem on `page` into the returned list, tagged with the page's URL at the time. */
export function recordProblems(page: Page): PageProblem[] {
  const problems: PageProblem[] = [];
  const add = (kind: PageProblem['kind'], detail: string) => problems.push({ page: page.url(), kind, detail });
  page.on('console', (msg) => {
    if (msg.type() === 'error') add('console', `${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => add('exception', error.message));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Cancelled by the next navigation (a late favicon request, say), not missing:
    // missing files fail with ERR_FILE_NOT_FOUND from disk, or an HTTP error status.
    if (reason === 'net::ERR_ABORTED') return;
    add('request-failed', `${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) add('http-error', `${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/** `file://` URL of a file in the built site. */
export function fileUrl(rel: string): string {
  return new URL(rel, `file://${DIST.endsWith('/') ? DIST : `${DIST}/`}`).href;
}
