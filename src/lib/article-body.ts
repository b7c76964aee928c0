/**
 * Article bodies for the default article route. The loader (article-loader.ts) keeps
 * only each article's data, citations and source path in Astro's data store; the page
 * renders the body from the `.mdx` file when it is built. Keeping 10,000 rendered
 * bodies in the store cost about 1 GiB of peak memory in astro build, because Astro
 * holds the store, serialises it and loads it again (bench/README.md).
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { PrecomputedCitations } from './article-citations.ts';
import { renderMdxHtml } from './render-mdx-html.ts';

/** What the article loader stores with an entry, in `rendered.metadata`. */
export interface ArticleExtras {
  /** Absolute path of the generated `.mdx` file. */
  source: string;
  /** Citations formatted ahead (article-citations.ts), with the access date of an undated article. */
  citations?: PrecomputedCitations;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Splits `---\nYAML---\n\nbody` into frontmatter data and body. */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (YAML.parse(match[1]!) ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** The body of `---\nYAML---\n\nbody`, the frontmatter not parsed (the loader has read it): 0.2 ms a page. */
export function withoutFrontmatter(source: string): string {
  const match = FRONTMATTER.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** The loader's extras of an entry; null for entries of the @astrojs/mdx route. */
export function articleExtras(entry: { rendered?: { metadata?: Record<string, unknown> } }): ArticleExtras | null {
  const metadata = entry.rendered?.metadata;
  return metadata && typeof metadata.source === 'string' ? (metadata as unknown as ArticleExtras) : null;
}

/** HTML of the article body of a loader entry, rendered from its source; null for the @astrojs/mdx route. */
export function articleBodyHtml(entry: { rendered?: { metadata?: Record<string, unknown> } }): string | null {
  const extras = articleExtras(entry);
  if (!extras) return null;
  try {
    return renderMdxHtml(withoutFrontmatter(readFileSync(extras.source, 'utf8')));
  } catch (error) {
    throw new Error(`${extras.source}: ${(error as Error).message}`);
  }
}
