/**
 * Quotations with resolved speakers. Ids are `<article>-q<N>`, N counted from 1 in
 * document order over every quotation the extractor found, so dropping one (its
 * speaker rejected by curation) never renumbers the others.
 */
import type { Quote } from '../../../src/schemas/entities.ts';
import type { EntityKind } from '../types.ts';
import type { EntityLookup } from './entity-lookup.ts';
import type { ArticleInput } from './types.ts';

export interface QuotesResult {
  quotes: Quote[];
  warnings: string[];
}

/**
 * Builds one article's quotes, in order of N. Called from the relations pass while the
 * lookup still holds this article's names (building that index is the costly part).
 * @param index the article's index in the lookup's article list
 * @param speakers entity index -> its id and kind
 */
export function articleQuotes(
  article: ArticleInput,
  index: number,
  lookup: EntityLookup,
  speakers: { id: string; kind: EntityKind }[],
): QuotesResult {
  const quotes: Quote[] = [];
  const warnings: string[] = [];
  const local = article.extraction.quotes.map((q, i) => ({ q, i }));
  local.sort((x, y) => x.q.paragraph - y.q.paragraph || x.i - y.i);
  local.forEach(({ q }, n) => {
    const entity = lookup(index, q.speaker, q.speakerKind);
    const speaker = entity === null ? undefined : speakers[entity];
    if (!speaker) {
      warnings.push(`quotes: ${article.id} p${q.paragraph}: speaker ${JSON.stringify(q.speaker)} is not a known entity; quote left out`);
      return;
    }
    if (q.text.trim() === '') return;
    quotes.push({
      id: `${article.id}-q${n + 1}`,
      speaker: speaker.id,
      speakerKind: speaker.kind,
      article: article.id,
      paragraph: q.paragraph,
      span: Math.max(1, q.span),
      text: q.text,
    });
  });
  return { quotes, warnings };
}
