/**
 * `robots.txt`: everything may be crawled; points at the sitemap.
 * Crawlers read it only at a domain root, so under a sub-path it is informative.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, import.meta.env.BASE_URL, 'sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
