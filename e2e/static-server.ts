/**
 * A tiny static file server for the browser tests: 127.0.0.1 only, serves a built
 * site under a base path (`/` or `/archive/`), answers misses with the site's
 * 404.html and a 404 status like common hosts, sends the headers the site's
 * `_headers` file asks for (Netlify/Cloudflare format: the content security policy
 * is then enforced in tests), and closes itself after a time limit.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin plus base path, ending in `/`, e.g. `http://127.0.0.1:41234/archive/`. */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** URL path the site is mounted at. Default `/`. */
  base?: string;
  /** The server closes itself after this long, so a crashed test cannot leave it running. Default 10 minutes. */
  lifetimeMs?: number;
}

/** Rules of a `_headers` file: a path pattern (`/*`, `/people/:id.html`) and the headers indented below it. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      if (colon > 0 && rules.length) rules[rules.length - 1]!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function fileFor(root: string, base: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (!pathname.startsWith(base)) return null;
  const rel = pathname.slice(base.length);
  const file = path.resolve(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null; // no escaping the site folder
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) {
      const index = path.join(file, 'index.html');
      if (statSync(index, { throwIfNoEntry: false })?.isFile()) return index;
    }
  } catch {
    return null;
  }
  return null;
}

/** Serves `root` at `http://127.0.0.1:<free port><base>`. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const siteRoot = path.resolve(root);
  const base = (options.base ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
  const headersFile = path.join(siteRoot, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const extraHeaders = (urlPath: string) => {
    const sitePath = `/${(urlPath.split('?')[0] ?? '').slice(base.length)}`;
    return Object.fromEntries(rules.filter((r) => r.pattern.test(sitePath)).flatMap((r) => r.headers));
  };
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = fileFor(siteRoot, base, req.url ?? '/');
    const notFound = file ? null : path.join(siteRoot, '404.html');
    const target = file ?? (statSync(notFound!, { throwIfNoEntry: false })?.isFile() ? notFound : null);
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(file ? 200 : 404, { ...extraHeaders(req.url ?? '/'), 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(target).pipe(res);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const timer = setTimeout(() => void close(), options.lifetimeMs ?? 10 * 60_000);
  timer.unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close };
}
