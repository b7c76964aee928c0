/**
 * Finds numeric claims (counts with their noun, percentages, money) in an article's
 * segments, each with the sentence that holds it.
 */
import { sentenceBounds } from './dates/context.ts';
import { findFigures } from './dates/find-figures.ts';
import { maskUrls } from './dates/mask-urls.ts';
import type { ArticleText, LocalFigure } from './types.ts';

/** Figures of all segments, in document order. */
export function extractFigures(article: ArticleText): LocalFigure[] {
  const figures: LocalFigure[] = [];
  for (const segment of article.segments) {
    const masked = maskUrls(segment.text);
    for (const f of findFigures(masked)) {
      const { start, end } = sentenceBounds(masked, f.start);
      figures.push({
        span: { paragraph: segment.paragraph, start: f.start, end: f.end, text: segment.text.slice(f.start, f.end) },
        kind: f.kind,
        value: f.value,
        sentence: segment.text.slice(start, end).trim(),
      });
    }
  }
  return figures;
}
