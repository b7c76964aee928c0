/**
 * Hosting headers for the built site, in the `_headers` format read by Netlify,
 * Cloudflare Pages and the test server. The Content-Security-Policy allows no inline
 * code except the exact inline scripts and styles the build produced (by hash), plus
 * WebAssembly compilation, which Pagefind needs.
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
import { createHash } from 'node:crypto';

/** Executable inline `<script>` bodies and `<style>` bodies of one HTML page. JSON-LD is data, not code. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/i.test(attrs)) continue;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    scripts.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(m[1] ?? '');
  return { scripts, styles };
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy for a site whose pages hold these inline scripts and styles (read one page at a time). */
export function contentSecurityPolicy(pages: Iterable<string>): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    const code = inlineCode(html);
    for (const s of code.scripts) scripts.add(sha256(s));
    for (const s of code.styles) styles.add(sha256(s));
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].sort().join(' ')}`.trim(),
    `style-src 'self' ${[...styles].sort().join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The `_headers` file: the policy plus the usual hardening headers, for every path. */
export function headersFile(pages: Iterable<string>): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(pages)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}

/** Parses a `_headers` file into path pattern -> headers (what the test server applies). */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
