/**
 * Article metadata: one schema for `content/data/articles.json`, the MDX
 * frontmatter and the site's `articles` collection.
 */
import { z } from 'astro/zod';

/** ISO date at day, month or year precision (`2014-06-20`, `2014-06`, `2014`). */
export const PartialIsoDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  // "2016-02-30" has the shape but no day: it would become a page for a date that never was.
  .refine((iso) => !/^\d{4}-\d\d-\d\d$/u.test(iso) || new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso), 'expected a calendar date (that month has fewer days)');

/**
 * A web address readers may follow: http or https only, with no spaces. A `javascript:` or
 * `data:` URL would run in the reader's browser from the "Original" link and the citations.
 */
export const WebUrlSchema = z
  .string()
  .url()
  .refine((url) => /^https?:\/\/[^\s/?#]+/iu.test(url) && !/\s/u.test(url), 'expected an http or https address without spaces');

/** How `published` is known. Never guessed silently: `unknown` goes with `published: null`. */
export const PublishedSourceSchema = z.object({
  /** `stated`: a date line in the text; `inferred`: derived (see `method`); `curation`: from curation.yaml; `unknown`: no date. */
  kind: z.enum(['stated', 'inferred', 'curation', 'unknown']),
  /** Human-readable account of how the date was found, e.g. `latest date in a linked URL`. Default null. */
  method: z.string().nullable(),
});

/** One reader comment kept apart from the article text. */
export const CommentMetaSchema = z.object({
  /** Author as printed (a name or a handle). */
  author: z.string(),
  /** Timestamp as printed, e.g. `June 5, 2014 at 11:37 am`; null when absent. */
  dateText: z.string().nullable(),
  /** The timestamp as an ISO date, or null. */
  date: PartialIsoDateSchema.nullable(),
  /** Paragraph number (`#p-N`) of the comment's first paragraph. */
  paragraph: z.number().int().positive(),
});

export const ArticleMetaSchema = z.object({
  /** Readable slug of the headline, unique and permanent. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** File name of the source text in the seeds folder. */
  source: z.string(),
  /** Headline as printed; null when the text has none. */
  title: z.string().nullable(),
  /** Title to show when `title` is null: the opening words of the body, marked as such by the site. */
  displayTitle: z.string(),
  /** Standfirst (dek) under the headline, or null. */
  standfirst: z.string().nullable(),
  /** Byline author(s), or null. */
  author: z.string().nullable(),
  /** Publication (outlet) name when the text or curation names it, else null. */
  publication: z.string().nullable(),
  /** Publication date (ISO, any precision) or null when unknown. */
  published: PartialIsoDateSchema.nullable(),
  publishedSource: PublishedSourceSchema,
  /** Original URL of the article when known (curation), else null. */
  url: WebUrlSchema.nullable(),
  /** SHA-256 of the source file's bytes. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Words in the running body (captions and comments excluded). */
  wordCount: z.number().int().nonnegative(),
  /** First sentence of the body, for lists. */
  lede: z.string(),
  /** Number of numbered blocks (`#p-1` … `#p-N`). */
  paragraphs: z.number().int().nonnegative(),
  /** Reader comments, in order. Default []. */
  comments: z.array(CommentMetaSchema),
  /** Date expressions that could not be resolved (no reference date). Default []. */
  unresolvedDates: z.array(z.object({ paragraph: z.number().int().nonnegative(), text: z.string() })),
});

export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type PublishedSource = z.infer<typeof PublishedSourceSchema>;
export type CommentMeta = z.infer<typeof CommentMetaSchema>;

export const ArticlesFileSchema = z.array(ArticleMetaSchema);
