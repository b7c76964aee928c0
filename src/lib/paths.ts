/**
 * Relative URLs between pages. Every internal link is relative and names a file,
 * so the built site works at a domain root, under a sub-path and from disk (file://).
 */

/**
 * The site address a build without `--site` (DOSSIER_SITE) uses: astro.config.mjs sets it,
 * BaseLayout shows page paths instead of links to it, and the build warns about it.
 */
export const PLACEHOLDER_SITE = 'https://dossier.example.org';

/** True when the build had no `--site`, so its public address is the placeholder. */
export function isPlaceholderSite(site: URL | undefined): boolean {
  return site?.origin === PLACEHOLDER_SITE;
}

/** Page kinds that live in a folder one level below the site root. */
export type Section = 'articles' | 'people' | 'organisations' | 'dates';

/** Prefix from a page to the site root: `./` for root pages, `../` for pages in a section folder. */
export function rootFor(depth: 0 | 1): string {
  return depth === 0 ? './' : '../';
}

/** Relative URL of an entity or article page from a page at `depth`. */
export function pageHref(depth: 0 | 1, section: Section, id: string): string {
  return `${rootFor(depth)}${section}/${encodeURIComponent(id)}.html`;
}

/** Relative URL of a root page (`index`, `people`, `search`…) from a page at `depth`. */
export function rootHref(depth: 0 | 1, name: string): string {
  return `${rootFor(depth)}${name}.html`;
}

/** Absolute public URL of a page for canonical links and citations: site + base + path. */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string {
  const origin = site ? site.href.replace(/\/$/, '') : '';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${origin}${prefix}${path.replace(/^\//, '')}`;
}
