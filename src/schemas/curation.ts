/**
 * `content/curation.yaml`: hand-edited fixes applied after extraction.
 * Tools read it and never write it.
 */
import { z } from 'astro/zod';
import { PartialIsoDateSchema, WebUrlSchema } from './article.ts';

/** A hand-typed name or title: trimmed, and not blank ("   " would give empty headings and links). */
const TextSchema = z.string().trim().min(1, 'must not be empty or blank');

/** Metadata overrides for one source file (keyed by its file name). Every field is optional; absent means "keep what the text says". */
export const ArticleCurationSchema = z
  .object({
    title: TextSchema.optional(),
    author: TextSchema.optional(),
    publication: TextSchema.optional(),
    /** ISO date, any precision. (`published: 2014` unquoted is a YAML number: read as the year.) */
    published: z.preprocess((value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value), PartialIsoDateSchema).optional(),
    /** Original URL of the article. */
    url: WebUrlSchema.optional(),
  })
  .strict();

const EntityKindSchema = z.enum(['person', 'organisation']);

/** Entity fixes. Each rule names entities by any surface form (case-insensitive). */
export const EntityCurationSchema = z
  .object({
    /** Groups of names that are one entity; the first name becomes canonical. Default []. */
    merge: z.array(z.array(TextSchema).min(2)).default([]),
    /** Names that are not entities (their mentions are dropped). Default []. */
    reject: z.array(TextSchema).default([]),
    /** Canonical name changes. The old id is kept in permalinks and redirects. Default []. */
    rename: z.array(z.object({ from: TextSchema, to: TextSchema }).strict()).default([]),
    /** Kind corrections (person <-> organisation). Default []. */
    type: z.array(z.object({ name: TextSchema, kind: EntityKindSchema }).strict()).default([]),
    /** Roles to add. Default []. */
    roles: z
      .array(
        z
          .object({
            entity: TextSchema,
            title: TextSchema,
            organisation: TextSchema.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const CurationSchema = z
  .object({
    /** Per source file name (e.g. `000_x.txt`). Default {}. */
    articles: z.record(z.string(), ArticleCurationSchema).default({}),
    entities: EntityCurationSchema.default({ merge: [], reject: [], rename: [], type: [], roles: [] }),
  })
  .strict();

export type Curation = z.infer<typeof CurationSchema>;
export type ArticleCuration = z.infer<typeof ArticleCurationSchema>;
export type EntityCuration = z.infer<typeof EntityCurationSchema>;
