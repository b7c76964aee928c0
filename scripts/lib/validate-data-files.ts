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
 * @param take when given, receives each file's pieces in order as soon as they are made (a file's last
 *   piece ends with `]\n`), and `files` stays empty: the caller can move them out of memory while the
 *   rest is serialised. When a file turns out invalid, the pieces already taken must be dropped.
 * @throws an Error listing the failing fields: invalid data is a bug, never written
 */
export function validateDataFiles(
  data: Record<DataFileName, unknown>,
  known: ReadonlySet<string> = new Set(),
  take?: (name: string, piece: string) => void,
): ValidatedDataFiles {
  const files = new Map<string, string[]>();
  const valid = new Set<string>();
  const digests = new Map<string, string>();
  for (const [name, schema] of Object.entries(SCHEMAS) as [DataFileName, z.ZodType][]) {
    const file = `data/${name}.json`;
    const entries = data[name];
    if (!Array.isArray(entries)) throw new Error(`${file}: (top level): expected an array`);
    const fileName = `${name}.json`;
    const emit = take ? (piece: string) => take(fileName, piece) : collect(files, fileName);
    const issues: z.core.$ZodIssue[] = [];
    const sums: string[] = [];
    // Entries are joined PIECE_ENTRIES at a time and let go: a file's entries are never all held as strings.
    let batch: string[] = [];
    const flush = (last: boolean) => {
      if (batch.length > 0) emit(`${sums.length > batch.length ? ',\n' : '[\n'}${batch.join(',\n')}${last ? '\n]\n' : ''}`);
      else if (last) emit(sums.length > 0 ? '\n]\n' : '[]\n');
      batch = [];
    };
    entries.forEach((entry: unknown, index) => {
      const text = entryText(entry);
      const seen = digest(text);
      if (known.has(seen)) {
        sums.push(seen);
        batch.push(text);
      } else {
        const parsed = schema.safeParse(entry);
        if (!parsed.success) {
          issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
          return;
        }
        const checked = entryText(parsed.data);
        sums.push(checked === text ? seen : digest(checked));
        batch.push(checked);
      }
      if (batch.length === PIECE_ENTRIES && issues.length === 0) flush(false);
    });
    if (issues.length > 0) throw new Error(formatIssues(file, issues));
    flush(true);
    for (const sum of sums) valid.add(sum);
    digests.set(fileName, digest(`${name}\n${sums.join('\n')}`));
  }
  return { files, valid, digests };
}

function collect(files: Map<string, string[]>, name: string): (piece: string) => void {
  const pieces: string[] = [];
  files.set(name, pieces);
  return (piece) => pieces.push(piece);
}

/** One array element exactly as `JSON.stringify(array, null, 1)` prints it, without the comma. */
function entryText(entry: unknown): string {
  return JSON.stringify([entry], null, 1).slice(2, -2);
}

function digest(text: string): string {
  return hash('sha256', text, 'base64');
}
