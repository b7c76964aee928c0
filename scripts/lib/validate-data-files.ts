/**
 * Validates every data file against the shared schemas before anything is written.
 *
 * Entries are validated one by one, and an entry whose exact JSON text was valid in
 * an earlier run (its digest is in `known`) is not validated again: after one article
 * changes, only the few entries it touches go through Zod, not 170 MB of data.
 * Schemas have no transforms, so a valid entry's text is the text Zod would return.
 */
import { hash } from 'node:crypto';
import type { z } from 'astro/zod';
import { ArticleMetaSchema } from '../../src/schemas/article.ts';
import {
  DateEntitySchema,
  FigureSchema,
  OrganisationSchema,
  PermalinkSchema,
  PersonSchema,
  QuoteSchema,
} from '../../src/schemas/entities.ts';
import { formatIssues } from './format-issues.ts';

/** The schema of one entry of each file; every data file is an array of them. */
const SCHEMAS = {
  articles: ArticleMetaSchema,
  people: PersonSchema,
  organisations: OrganisationSchema,
  dates: DateEntitySchema,
  quotes: QuoteSchema,
  figures: FigureSchema,
  permalinks: PermalinkSchema,
} satisfies Record<string, z.ZodType>;

export type DataFileName = keyof typeof SCHEMAS;

/** Entries per piece of a data file's text. */
const PIECE_ENTRIES = 1000;

export interface ValidatedDataFiles {
  /**
   * File name (`people.json`) -> serialised JSON in a stable format, in pieces whose concatenation
   * is the file: at 100,000 articles `people.json` is longer than the longest string V8 can hold.
   */
  files: Map<string, string[]>;
  /** Digests of every entry written: the `known` set of the next run. */
  valid: Set<string>;
  /** File name -> a digest of its text (of its entries' digests, so no second pass over 170 MB). */
  digests: Map<string, string>;
}

/**
 * @param known digests of entries validated by an earlier run with the same schemas; empty validates everything
 * @param take when given, receives each file's pieces as soon as that file is valid, and `files` stays
 *   empty: the caller can move them out of memory before the next file is serialised
 * @throws an Error listing the failing fields: invalid data is a bug, never written
 */
export function validateDataFiles(
  data: Record<DataFileName, unknown>,
  known: ReadonlySet<string> = new Set(),
  take?: (name: string, pieces: string[]) => void,
): ValidatedDataFiles {
  const files = new Map<string, string[]>();
  const valid = new Set<string>();
  const digests = new Map<string, string>();
  for (const [name, schema] of Object.entries(SCHEMAS) as [DataFileName, z.ZodType][]) {
    const file = `data/${name}.json`;
    const entries = data[name];
    if (!Array.isArray(entries)) throw new Error(`${file}: (top level): expected an array`);
    const issues: z.core.$ZodIssue[] = [];
    const sums: string[] = [];
    const texts = entries.map((entry: unknown, index) => {
      const text = entryText(entry);
      const seen = digest(text);
      if (known.has(seen)) {
        sums.push(seen);
        return text;
      }
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
        return '';
      }
      const checked = entryText(parsed.data);
      sums.push(checked === text ? seen : digest(checked));
      return checked;
    });
    if (issues.length > 0) throw new Error(formatIssues(file, issues));
    for (const sum of sums) valid.add(sum);
    if (take) take(`${name}.json`, pieces(texts));
    else files.set(`${name}.json`, pieces(texts));
    digests.set(`${name}.json`, digest(`${name}\n${sums.join('\n')}`));
  }
  return { files, valid, digests };
}

/** `[\n` + the entries joined by `,\n` + `\n]\n`, as pieces of PIECE_ENTRIES entries. */
function pieces(texts: string[]): string[] {
  if (texts.length === 0) return ['[]\n'];
  const out: string[] = [];
  for (let from = 0; from < texts.length; from += PIECE_ENTRIES) {
    const joined = texts.slice(from, from + PIECE_ENTRIES).join(',\n');
    out.push(from === 0 ? `[\n${joined}` : `,\n${joined}`);
  }
  out.push('\n]\n');
  return out;
}

/** One array element exactly as `JSON.stringify(array, null, 1)` prints it, without the comma. */
function entryText(entry: unknown): string {
  return JSON.stringify([entry], null, 1).slice(2, -2);
}

function digest(text: string): string {
  return hash('sha256', text, 'base64');
}
