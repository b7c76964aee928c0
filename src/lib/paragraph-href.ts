/**
 * Links to an article paragraph. Paragraph 0 is the article's printed date line or
 * byline, which sits in the page header without an anchor, so it links to the page.
 */
import { pageHref } from './paths.ts';

/** Relative URL of paragraph `n` of an article, from a page at `depth`. */
export function paragraphHref(depth: 0 | 1, articleId: string, n: number | null): string {
  const page = pageHref(depth, 'articles', articleId);
  return n ? `${page}#p-${n}` : page;
}
