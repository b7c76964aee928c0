/**
 * `sitemap.xml` from the built pages themselves: every page that is its own
 * canonical URL and not marked `noindex` (so 404.html and redirect stubs for
 * retired ids stay out), listed by that absolute canonical URL (site + base + path).
 * Reading the output means no route can be forgotten. Past 50,000 URLs (the
 * protocol's limit per file) `sitemap.xml` becomes an index of numbered sitemaps.
 * @see https://www.sitemaps.org/protocol.html
 */

export interface BuiltPage {
  /** Path from the site root, e.g. `people/ray-jones.html`. */
  path: string;
  html: string;
}

export interface SitemapFile {
  /** File name in the site root. */
  name: string;
  xml: string;
}

/** URLs per sitemap file allowed by the protocol. */
export const SITEMAP_LIMIT = 50_000;

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? null;
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** Canonical URL of a page, or null when it has none, points elsewhere, or is `noindex`. */
export function ownCanonical(page: BuiltPage): string | null {
  const end = page.html.search(/<\/head>/i);
  const head = end >= 0 ? page.html.slice(0, end) : page.html;
  const tags = head.match(/<(?:link|meta)\b[^>]*>/gi) ?? [];
  if (tags.some((t) => attr(t, 'name')?.toLowerCase() === 'robots' && /noindex/i.test(attr(t, 'content') ?? ''))) return null;
  const link = tags.find((t) => /^<link/i.test(t) && attr(t, 'rel')?.toLowerCase() === 'canonical');
  const href = link ? attr(link, 'href') : null;
  if (!href) return null;
  const url = decode(href);
  return decodeURIComponent(new URL(url).pathname).endsWith(`/${page.path}`) ? url : null;
}

/**
 * The sitemap file(s) for the given page URLs (sorted): one `sitemap.xml`, or past
 * the limit an index `sitemap.xml` of `sitemap-1.xml`, `sitemap-2.xml`… under `prefix`
 * (the site's public URL, ending in `/`).
 */
export function buildSitemaps(urls: string[], prefix: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  const sorted = [...urls].sort();
  const urlset = (list: string[]) => `${XML}<urlset ${NS}>\n${list.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>\n`).join('')}</urlset>\n`;
  if (sorted.length <= limit) return [{ name: 'sitemap.xml', xml: urlset(sorted) }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i < sorted.length; i += limit) parts.push({ name: `sitemap-${parts.length + 1}.xml`, xml: urlset(sorted.slice(i, i + limit)) });
  const index = `${XML}<sitemapindex ${NS}>\n${parts.map((p) => `  <sitemap><loc>${escapeXml(prefix + p.name)}</loc></sitemap>\n`).join('')}</sitemapindex>\n`;
  return [{ name: 'sitemap.xml', xml: index }, ...parts];
}
