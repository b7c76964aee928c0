/**
 * File-level link check of a built site, no server or browser: every href, src,
 * srcset and form action in every HTML file must name a file that exists in the
 * site (fragments must name an id there), and none may be root-absolute, except on
 * 404.html: hosts serve it at any URL, so its links must start from the base path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FileProblem {
  file: string;
  url: string;
  reason: string;
}

const ORIGIN = 'http://site.invalid';

/** Every file under `dir`, as sorted site-relative POSIX paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** URLs a page refers to, with the attribute they came from. Canonical and alternate links are left out: they are absolute by design. */
export function pageUrls(html: string): { attr: string; url: string }[] {
  const out: { attr: string; url: string }[] = [];
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.slice(0, tag.indexOf('>') + 1));
  for (const tag of withoutScripts.matchAll(/<([a-z][\w-]*)\b([^>]*)>/gi)) {
    const attrs = tag[2]!;
    if (/\brel="(?:canonical|alternate)"/i.test(attrs)) continue;
    for (const m of attrs.matchAll(/\s(href|src|srcset|action|poster)="([^"]*)"/gi)) {
      const attr = m[1]!.toLowerCase();
      const value = m[2]!.replace(/&amp;/g, '&');
      if (attr === 'srcset') for (const part of value.split(',')) out.push({ attr, url: part.trim().split(/\s+/)[0]! });
      else out.push({ attr, url: value });
    }
  }
  return out.filter((u) => u.url !== '');
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Checks every HTML file in `dist`; returns the problems found (empty when all links resolve). */
export function checkSiteFiles(dist: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const basePath = existsSync(path.join(dist, 'index.html')) ? new URL(canonicalPrefix(dist)).pathname : '/';
  for (const rel of listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    const html = readFileSync(path.join(dist, rel), 'utf8');
    const anyUrl = rel === '404.html'; // served by hosts at whatever URL was missing
    for (const { attr, url } of pageUrls(html)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue; // external, mailto:, data:
      if (url.startsWith('#')) {
        if (url.length > 1 && !idsOf(path.join(dist, rel)).has(decodeURIComponent(url.slice(1)))) problems.push({ file: rel, url, reason: 'fragment target missing' });
        continue;
      }
      if (url.startsWith('/') !== anyUrl) {
        problems.push({ file: rel, url, reason: anyUrl ? `relative ${attr} on a page served at any URL` : `root-absolute ${attr} (breaks from disk and under a sub-path)` });
        continue;
      }
      const target = new URL(url, `${ORIGIN}${anyUrl ? basePath : `/${rel}`}`);
      const prefix = anyUrl ? basePath : '/';
      if (!target.pathname.startsWith(prefix)) {
        problems.push({ file: rel, url, reason: 'leaves the site' });
        continue;
      }
      const targetRel = decodeURIComponent(target.pathname.slice(prefix.length));
      const file = path.join(dist, targetRel);
      if (targetRel === '' || targetRel.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) {
        problems.push({ file: rel, url, reason: 'points at a folder, not a file' });
      } else if (!existsSync(file)) {
        problems.push({ file: rel, url, reason: 'file missing' });
      } else if (target.hash.length > 1 && targetRel.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        problems.push({ file: rel, url, reason: 'fragment target missing' });
      }
    }
  }
  return problems;
}

/** The public URL prefix (site + base, ending in `/`) the site was built for, read from the home page's canonical link. */
export function canonicalPrefix(dist: string): string {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const href = /<link\s+rel="canonical"\s+href="([^"]+)"/i.exec(html)?.[1];
  if (!href || !href.endsWith('index.html')) throw new Error('index.html has no canonical link ending in index.html');
  return href.slice(0, -'index.html'.length);
}
