/**
 * `sitemap.xml`: every page's absolute URL (site + base + path), for crawlers.
 * @see https://www.sitemaps.org/protocol.html
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl } from '../lib/paths.ts';

// Root pages linked from the header, plus search. Section pages come from the collections.
const ROOT_PAGES = ['index', 'articles', 'people', 'organisations', 'timeline', 'quotes', 'figures', 'search'];
const SECTIONS = ['articles', 'people', 'organisations', 'dates'] as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const paths = ROOT_PAGES.map((name) => `${name}.html`);
  for (const section of SECTIONS) {
    const entries = await getCollection(section);
    for (const entry of entries) paths.push(`${section}/${encodeURIComponent(entry.id)}.html`);
  }
  const urls = paths.sort().map((p) => `  <url><loc>${escapeXml(absoluteUrl(site, import.meta.env.BASE_URL, p))}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
