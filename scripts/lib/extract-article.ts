/**
 * Runs every per-article extractor on one article's text. Pure: the result depends
 * only on the text and the reference date, so it is cached by content hash.
 */
import { extractDates } from './extract-dates.ts';
import { extractEntities } from './extract-entities.ts';
import { extractFigures } from './extract-figures.ts';
import { extractQuotes } from './extract-quotes.ts';
import { extractRoles } from './extract-roles.ts';
import { sentenceBounds } from './resolve/mention-context.ts';
import type { ArticleExtraction, ArticleText, LocalEntity } from './types.ts';

/** Extracts entities, roles, quotes, dates and figures from one article. */
export function extractArticle(article: ArticleText): ArticleExtraction {
  const entities = withBylineMentions(extractEntities(article), article);
  const roles = extractRoles(article, entities);
  return {
    sentences: sentenceBounds(article.segments),
    entities,
    roles,
    quotes: extractQuotes(article, entities, roles),
    dates: extractDates(article),
    figures: extractFigures(article),
  };
}

/** Byline authors get a mention in the header segment (paragraph 0), where the byline is printed. */
function withBylineMentions(entities: LocalEntity[], article: ArticleText): LocalEntity[] {
  const header = article.segments.find((s) => s.paragraph === 0);
  if (!header) return entities;
  return entities.map((entity) => {
    if (!entity.byline || entity.mentions.some((m) => m.paragraph === 0)) return entity;
    const start = header.text.indexOf(entity.name);
    if (start < 0) return entity;
    const mention = { paragraph: 0, start, end: start + entity.name.length, text: entity.name };
    return { ...entity, mentions: [mention, ...entity.mentions] };
  });
}
