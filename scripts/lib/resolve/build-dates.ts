/**
 * Date entities: resolved date expressions grouped by ISO value. Unresolved ones
 * (iso null) stay on their article and are not entities.
 */
import type { DateEntity } from '../../../src/schemas/entities.ts';
import { isCountedDate } from './counted-mentions.ts';
import { compareStrings } from './describe-cluster.ts';
import { mentionContext } from './mention-context.ts';
import type { ArticleInput } from './types.ts';

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

/**
 * Groups every resolved LocalDate by `iso`, plus every publication date; `articles` is the
 * reverse index (articles naming it, with counts), `published` lists the articles published on
 * exactly that value. Sorted by id.
 */
export function buildDates(articles: ArticleInput[]): DateEntity[] {
  const dates = new Map<string, DateEntity>();
  const publishedOn = new Map<string, string[]>();
  for (const article of articles) {
    if (article.published) push(publishedOn, article.published, article.id);
    const context = mentionContext(article.segments, article.extraction.sentences);
    for (const d of article.extraction.dates) {
      if (!isCountedDate(d)) continue;
      // A malformed iso keeps the extractor's precision and is left for schema validation to reject loudly.
      const precision = PRECISION[d.iso.length as keyof typeof PRECISION] ?? d.precision ?? 'day';
      let entity = dates.get(d.iso);
      if (!entity) {
        entity = { id: d.iso, iso: d.iso, precision, mentions: [], articles: [], published: [] };
        dates.set(d.iso, entity);
      }
      const { paragraph, start, text } = d.span;
      entity.mentions.push({ article: article.id, paragraph, text, start, context: context(paragraph, start), resolution: d.resolution });
    }
  }
  // A publication date is a date page even when the text never names it (e.g. inferred from a URL).
  for (const iso of publishedOn.keys()) {
    const precision = PRECISION[iso.length as keyof typeof PRECISION];
    if (!dates.has(iso) && precision) dates.set(iso, { id: iso, iso, precision, mentions: [], articles: [], published: [] });
  }
  for (const entity of dates.values()) {
    entity.mentions.sort((a, b) => compareStrings(a.article, b.article) || a.paragraph - b.paragraph || a.start - b.start);
    // Mentions are sorted by article: each run of one article is one reverse-index row.
    for (const m of entity.mentions) {
      const last = entity.articles.at(-1);
      if (last?.article === m.article) last.count++;
      else entity.articles.push({ article: m.article, count: 1 });
    }
    entity.published = [...new Set(publishedOn.get(entity.iso) ?? [])].sort(compareStrings);
  }
  return [...dates.values()].sort((a, b) => compareStrings(a.id, b.id));
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
