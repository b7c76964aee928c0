/**
 * Runs every per-article extractor on one article's text. Pure: the result depends
 * only on the text and the reference date, so it is cached by content hash.
 */
import { extractDates } from './extract-dates.ts';
import { extractEntities } from './extract-entities.ts';
import { extractFigures } from './extract-figures.ts';
import { extractQuotes } from './extract-quotes.ts';
import { extractRoles } from './extract-roles.ts';
import type { ArticleExtraction, ArticleText } from './types.ts';

/** Bump when an extractor changes its output, so cached extractions are redone. */
export const EXTRACTOR_VERSION = 1;

/** Extracts entities, roles, quotes, dates and figures from one article. */
export function extractArticle(article: ArticleText): ArticleExtraction {
  const entities = extractEntities(article);
  return {
    entities,
    roles: extractRoles(article, entities),
    quotes: extractQuotes(article, entities),
    dates: extractDates(article),
    figures: extractFigures(article),
  };
}
