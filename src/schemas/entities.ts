/**
 * Entity data files written by ingest to `content/data/` and read by the site:
 * people, organisations, dates, quotes, figures and permalinks.
 * Relations (article counts, co-occurrence) are computed once by ingest.
 */
import { z } from 'astro/zod';
import { PartialIsoDateSchema } from './article.ts';

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug');

/** One occurrence of an entity in an article paragraph. */
export const MentionSchema = z.object({
  /** Article id. */
  article: Slug,
  /** Paragraph number: the `#p-N` anchor in the article page. */
  paragraph: z.number().int().nonnegative(),
  /** Exact surface form in the text. */
  text: z.string().min(1),
  /** UTF-16 offset of `text` in the paragraph's plain text. */
  start: z.number().int().nonnegative(),
  /** The sentence that holds the mention (keyword in context). */
  context: z.string(),
});

/** A role or affiliation stated in the text ("chief executive of Children England"). */
export const RoleSchema = z.object({
  /** The role as written, e.g. `chief executive`; may be a fuller description. */
  title: z.string().min(1),
  /** Organisation entity id when one is named and resolved, else null. */
  organisation: Slug.nullable(),
  /** Organisation name as written, or null. */
  organisationText: z.string().nullable(),
  /** Source article id (null for roles added by curation). */
  article: Slug.nullable(),
  /** Source paragraph (null for roles added by curation). */
  paragraph: z.number().int().nonnegative().nullable(),
});

/** Articles that mention an entity, with counts (the reverse index). */
export const ArticleCountSchema = z.object({ article: Slug, count: z.number().int().positive() });

/** Entities that appear in the same articles, with the number of shared articles. */
export const CooccurrenceSchema = z.object({
  id: Slug,
  kind: z.enum(['person', 'organisation']),
  count: z.number().int().positive(),
});

const EntityBase = z.object({
  /** Permanent id: slug of the canonical name, transliterated; clashes get a stable suffix. */
  id: Slug,
  /** Canonical name. */
  name: z.string().min(1),
  /** Every other surface form seen (sorted). Default []. */
  aliases: z.array(z.string()),
  /** Roles and affiliations, each with its source. Default []. */
  roles: z.array(RoleSchema),
  /** Every mention, ordered by article then paragraph then offset. */
  mentions: z.array(MentionSchema),
  /** Reverse index: articles mentioning this entity, with counts. */
  articles: z.array(ArticleCountSchema),
  /** Most frequent co-occurring people and organisations (by shared articles), at most 20. */
  cooccurs: z.array(CooccurrenceSchema),
});

export const PersonSchema = EntityBase.extend({});

export const OrganisationSchema = EntityBase.extend({
  /** Acronym used for it, if any (e.g. `ADCS`). */
  acronym: z.string().nullable(),
  /** Coarse category guessed from the name: council, university, department, … or `other`. */
  category: z.string(),
  /** Ids of people with a role at this organisation. */
  people: z.array(Slug),
});

/** A mention of a date. */
export const DateMentionSchema = MentionSchema.extend({
  /** `explicit` ("19 May 2014") or `relative` ("last month", resolved against the publication date). */
  resolution: z.enum(['explicit', 'relative']),
});

/** A calendar date at its precision, with the mentions that name it. */
export const DateEntitySchema = z.object({
  /** Same as `iso` (e.g. `2014-06-20`). */
  id: z.string(),
  iso: PartialIsoDateSchema,
  precision: z.enum(['day', 'month', 'year']),
  mentions: z.array(DateMentionSchema),
  /** Reverse index: articles that name this date, with counts. */
  articles: z.array(ArticleCountSchema),
  /** Articles published on this date (at this precision). */
  published: z.array(Slug),
});

/** A direct quotation attributed to a person or organisation. */
export const QuoteSchema = z.object({
  /** `<article>-q<N>`, stable for the article text. */
  id: z.string(),
  /** Entity id of the speaker. */
  speaker: Slug,
  speakerKind: z.enum(['person', 'organisation']),
  article: Slug,
  /** Paragraph where the quotation opens. */
  paragraph: z.number().int().nonnegative(),
  /** Number of paragraphs the quotation runs over (1 or more). */
  span: z.number().int().positive(),
  /** The quoted words, without the outer quotation marks. */
  text: z.string().min(1),
});

/** A numeric claim (count, percentage, money) with its sentence. */
export const FigureSchema = z.object({
  id: z.string(),
  article: Slug,
  paragraph: z.number().int().nonnegative(),
  /** The figure as written, e.g. `72,000 people`. */
  text: z.string(),
  /** `count`, `percent` or `money`. */
  kind: z.enum(['count', 'percent', 'money']),
  /** Numeric value when it parses, else null. */
  value: z.number().nullable(),
  sentence: z.string(),
});

/** Every id ever published, and where it now resolves. */
export const PermalinkSchema = z.object({
  id: z.string(),
  /** `date`: a date page (a day, month or year), kept so that a date no article names any more shows "removed". */
  kind: z.enum(['article', 'person', 'organisation', 'date']),
  /** Id this one now resolves to (itself while it exists). */
  current: z.string(),
  /** Kinds the id was published as before (curation changed its kind): their pages redirect. Absent when none. */
  formerKinds: z.array(z.enum(['person', 'organisation'])).optional(),
  /** For an article: the file and content it was built from, so that an article removed and put back gets its id back. */
  source: z.string().optional(),
  sourceSha256: z.string().optional(),
});

/**
 * What the site's collections keep of each entity: all but its mentions, of which they
 * keep the number (`mentionCount`). Pages read the mentions they show from the data file
 * when they render (src/lib/entity-mentions.ts). Astro holds its data store, serialises
 * it, then compiles it as one JavaScript module and loads it again: at 10,000 articles the
 * mentions were half of its 100 MB, and compiling it took 12 s (bench/README.md).
 */
function countMentions<T extends { mentions: unknown[] }>({ mentions, ...rest }: T): Omit<T, 'mentions'> & { mentionCount: number } {
  return { ...rest, mentionCount: mentions.length };
}
// The mentions were checked when ingest wrote the file, and are checked again by the page that reads them.
const Uncounted = { mentions: z.array(z.unknown()) };
export const PersonEntrySchema = PersonSchema.omit({ mentions: true }).extend(Uncounted).transform(countMentions);
export const OrganisationEntrySchema = OrganisationSchema.omit({ mentions: true }).extend(Uncounted).transform(countMentions);
export const DateEntryDataSchema = DateEntitySchema.omit({ mentions: true }).extend(Uncounted).transform(countMentions);

export const PeopleFileSchema = z.array(PersonSchema);
export const OrganisationsFileSchema = z.array(OrganisationSchema);
export const DatesFileSchema = z.array(DateEntitySchema);
export const QuotesFileSchema = z.array(QuoteSchema);
export const FiguresFileSchema = z.array(FigureSchema);
export const PermalinksFileSchema = z.array(PermalinkSchema);

export type Mention = z.infer<typeof MentionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type DateEntity = z.infer<typeof DateEntitySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Permalink = z.infer<typeof PermalinkSchema>;
