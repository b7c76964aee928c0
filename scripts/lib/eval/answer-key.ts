/**
 * The answer-key format of `eval/GUIDELINES.md`, as a Zod schema, and a parser that
 * fails with the file, the field path and the problem (a malformed key must never
 * be scored silently).
 */
import { z } from 'astro/zod';

const Iso = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const KeyEntitySchema = z.object({
  name: z.string().min(1),
  /** Every surface form the text uses. Default []. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Absorbs a match but is never a miss. Default false. */
  optional: z.boolean().default(false),
  /** Roles as free text. Default []. */
  roles: z.array(z.string()).default([]),
});

export const AnswerKeySchema = z.object({
  /** Article file name in the seeds folder (`.txt`). */
  file: z.string().min(1),
  article: z.object({
    title: z.string().nullable(),
    publication: z.string().nullable(),
    author: z.string().nullable(),
    published: Iso.nullable(),
    published_inferred: Iso.nullable(),
    body_starts: z.string().min(1),
    /** Snippets that must not be in the running body. Default []. */
    boilerplate: z.array(z.string().min(1)).default([]),
    /** Reader comments. Default []. */
    comments: z
      .array(z.object({ author: z.string().min(1), date: Iso.nullable(), starts: z.string().min(1) }))
      .default([]),
  }),
  people: z.array(KeyEntitySchema),
  organisations: z.array(KeyEntitySchema),
  dates: z.array(z.object({ text: z.string().min(1), iso: Iso, optional: z.boolean().default(false) })),
  /** Default []. */
  quotes: z.array(z.object({ speaker: z.string().min(1), starts: z.string().min(1) })).default([]),
});

export type AnswerKey = z.infer<typeof AnswerKeySchema>;
export type KeyEntity = z.infer<typeof KeyEntitySchema>;
export type KeyDate = AnswerKey['dates'][number];
export type KeyQuote = AnswerKey['quotes'][number];
export type KeyArticle = AnswerKey['article'];

/** The outcome of parsing one key file. */
export type ParsedKey = { ok: true; key: AnswerKey } | { ok: false; error: string };

/**
 * Validates parsed JSON as an answer key.
 * @param json the file's parsed contents
 * @param file the key's file name, for the error text
 */
export function parseAnswerKey(json: unknown, file: string): ParsedKey {
  const result = AnswerKeySchema.safeParse(json);
  if (result.success) return { ok: true, key: result.data };
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `  ${where}: ${issue.message}`;
  });
  return { ok: false, error: `Invalid answer key ${file}:\n${lines.join('\n')}` };
}
