/**
 * Cuts one article's slice out of an ingest run: the entities and dates that have a
 * mention in it (with the names they go by there), its quotes, metadata and body.
 */
import { normaliseName } from './normalise.ts';
import type { EvalArticle, EvalComment, EvalEntity, Extraction } from './types.ts';

/** A person or organisation as seen from one article. */
export interface ViewEntity {
  id: string;
  name: string;
  /** Normalised name, aliases and this article's mention texts (sorted, unique). */
  names: string[];
  /** Roles stated in this article (or added by curation, with no article). */
  roles: ViewRole[];
}

/** A role title and the organisation named with it. */
export interface ViewRole {
  title: string;
  organisation: string | null;
}

/** A date value with the texts that named it in this article. */
export interface ViewDate {
  iso: string;
  texts: string[];
}

/** A quotation with the names its speaker goes by. */
export interface ViewQuote {
  speaker: string;
  speakerNames: string[];
  text: string;
}

/** Everything the scorers need about one article. */
export interface ArticleView {
  meta: EvalArticle;
  people: ViewEntity[];
  organisations: ViewEntity[];
  dates: ViewDate[];
  quotes: ViewQuote[];
  comments: EvalComment[];
  /** MDX source of the article page, or null when none was written. */
  mdx: string | null;
}

/**
 * Builds the view of the article whose `source` is `file`, or null when the run has no such article.
 * @param extraction one ingest run's output
 * @param file the source file name (the key's `file`)
 */
export function articleView(extraction: Extraction, file: string): ArticleView | null {
  const meta = extraction.articles.find((a) => a.source === file);
  if (!meta) return null;
  const id = meta.id;
  const people = extraction.people.flatMap((e) => viewEntity(e, id));
  const organisations = extraction.organisations.flatMap((e) => viewEntity(e, id));
  const byKind = { person: extraction.people, organisation: extraction.organisations };
  const quotes = extraction.quotes
    .filter((q) => q.article === id)
    .map((q) => {
      const speaker = byKind[q.speakerKind].find((e) => e.id === q.speaker);
      return {
        speaker: speaker?.name ?? q.speaker,
        speakerNames: speaker ? entityNames(speaker, id) : [normaliseName(q.speaker)],
        text: q.text,
      };
    });
  const dates = extraction.dates.flatMap((d) => {
    const texts = d.mentions.filter((m) => m.article === id).map((m) => m.text);
    return texts.length > 0 ? [{ iso: d.iso, texts: unique(texts) }] : [];
  });
  return {
    meta,
    people,
    organisations,
    dates,
    quotes,
    comments: meta.comments ?? [],
    mdx: extraction.bodies[id] ?? null,
  };
}

function viewEntity(entity: EvalEntity, article: string): ViewEntity[] {
  if (!entity.mentions.some((m) => m.article === article)) return [];
  const roles = (entity.roles ?? [])
    .filter((r) => r.article == null || r.article === article)
    .map((r) => ({ title: r.title, organisation: r.organisationText ?? null }));
  return [{ id: entity.id, name: entity.name, names: entityNames(entity, article), roles }];
}

function entityNames(entity: EvalEntity, article: string): string[] {
  const surface = [
    entity.name,
    ...(entity.aliases ?? []),
    ...entity.mentions.filter((m) => m.article === article).map((m) => m.text),
  ];
  return unique(surface.map(normaliseName).filter((n) => n.length > 0));
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
