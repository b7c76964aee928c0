/**
 * Figures (counts, percentages, money) with ids `<article>-f<N>`, N counted from 1
 * in document order within the article.
 */
import type { Figure } from '../../../src/schemas/entities.ts';
import { compareStrings } from './describe-cluster.ts';
import type { ArticleInput } from './types.ts';

/** Every LocalFigure of every article, numbered in document order, sorted by article then N. */
export function buildFigures(articles: ArticleInput[]): Figure[] {
  const sorted = [...articles].sort((a, b) => compareStrings(a.id, b.id));
  return sorted.flatMap((article) =>
    [...article.extraction.figures]
      .sort((a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start)
      .map((f, n) => ({
        id: `${article.id}-f${n + 1}`,
        article: article.id,
        paragraph: f.span.paragraph,
        text: f.span.text,
        kind: f.kind,
        value: f.value,
        sentence: f.sentence,
      })),
  );
}
