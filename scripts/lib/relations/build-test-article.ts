/**
 * Test support: turns a plain-text article and a list of names into the `ArticleText`
 * and `LocalEntity[]` the relation extractors take, so fixtures need no hand-counted
 * offsets. Paragraphs are split on blank lines and wrapped lines joined.
 */
import type { ArticleText, EntityKind, LocalEntity, Segment, SegmentKind, Span } from '../types.ts';

/** An entity as a fixture describes it: every surface form the text uses. */
export interface EntitySpec {
  kind: EntityKind;
  name: string;
  forms?: string[];
  acronym?: string | null;
  honorific?: string | null;
  byline?: boolean;
}

/**
 * Splits `text` into numbered segments (from 1).
 * @param kindOf decides a paragraph's kind (default: every paragraph is body)
 */
export function buildTestArticle(id: string, text: string, kindOf: (text: string, index: number) => SegmentKind = () => 'body'): ArticleText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter((p) => p.length > 0);
  const segments: Segment[] = paragraphs.map((p, i) => ({ paragraph: i + 1, kind: kindOf(p, i), text: p }));
  return { id, title: null, segments, published: null, author: null };
}

/** Finds every mention of every spec's forms (longest forms first, no overlaps) and builds the entities. */
export function buildTestEntities(article: ArticleText, specs: readonly EntitySpec[]): LocalEntity[] {
  const forms = specs
    .flatMap((spec, index) => [...new Set([spec.name, ...(spec.forms ?? [])])].map((form) => ({ form, index })))
    .sort((a, b) => b.form.length - a.form.length);
  const mentions: Span[][] = specs.map(() => []);
  for (const segment of article.segments) {
    const taken: [number, number][] = [];
    for (const { form, index } of forms) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeForm(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of segment.text.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        mentions[index]!.push({ paragraph: segment.paragraph, start, end, text: m[0] });
      }
    }
  }
  return specs.map((spec, i) => ({
    kind: spec.kind,
    name: spec.name,
    acronym: spec.acronym ?? null,
    honorific: spec.honorific ?? null,
    mentions: mentions[i]!.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start),
    byline: spec.byline ?? false,
  }));
}

/** A form as a pattern in which straight and curly apostrophes match each other. */
function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]");
}
