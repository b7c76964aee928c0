/**
 * Validates every data file against the shared schemas before anything is written.
 *
 * Entries are validated one by one, and an entry whose exact JSON text was valid in
 * an earlier run (its digest is in `known`) is not validated again: after one article
 * changes, only the few entries it touches go through Zod, not 170 MB of data.
 * Schemas have no transforms, so a valid entry's text is the text Zod would return.
 * An entry kept from the earlier file (`ReusedEntry`) was valid when written: its text is used as is.
 */
import { createHash, hash } from 'node:crypto';
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
import { ReusedEntry } from './incremental/merge-entries.ts';

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
const OPEN = Buffer.from('[\n');
const SEPARATOR = Buffer.from(',\n');
const CLOSE = Buffer.from('\n]\n');
const EMPTY = Buffer.from('[]\n');

export interface ValidatedDataFiles {
  /**
   * File name (`people.json`) -> serialised JSON in a stable format, in pieces whose concatenation
   * is the file: at 100,000 articles `people.json` is longer than the longest string V8 can hold.
   */
  files: Map<string, string[]>;
  /** Digests of every entry serialised here (kept entries are not hashed again): valid next time. */
  valid: Set<string>;
  /** File name -> a digest of its text. */
  digests: Map<string, string>;
}

/**
 * @param known digests of entries validated by an earlier run with the same schemas; empty validates everything
 * @param take when given, receives each file's pieces (UTF-8) in order as soon as they are made (a file's last
 *   piece ends with `]\n`), and `files` stays empty: the caller can move them out of memory while the
 *   rest is serialised. When a file turns out invalid, the pieces already taken must be dropped.
 * @throws an Error listing the failing fields: invalid data is a bug, never written
 */
export function validateDataFiles(
  data: Record<DataFileName, unknown>,
  known: ReadonlySet<string> = new Set(),
  take?: (name: string, piece: Buffer) => void,
): ValidatedDataFiles {
  const files = new Map<string, string[]>();
  const valid = new Set<string>();
  const digests = new Map<string, string>();
  for (const [name, schema] of Object.entries(SCHEMAS) as [DataFileName, z.ZodType][]) {
    const file = `data/${name}.json`;
    const entries = data[name];
    if (!Array.isArray(entries)) throw new Error(`${file}: (top level): expected an array`);
    const fileName = `${name}.json`;
    const whole = createHash('sha256');
    const emit = (piece: Buffer) => {
      whole.update(piece);
      if (take) take(fileName, piece);
      else collect(files, fileName, piece);
    };
    const issues: z.core.$ZodIssue[] = [];
    const sums: string[] = [];
    // Entries are encoded one by one and joined PIECE_ENTRIES at a time, then let go: a file's
    // entries are never all held. Bytes, not strings: a kept entry is a slice of the earlier file,
    // and the pieces are hashed, counted and written without encoding them again.
    let count = 0;
    let batch: Buffer[] = [];
    const flush = (last: boolean) => {
      const parts: Buffer[] = [];
      batch.forEach((entry, i) => parts.push(i > 0 || count > batch.length ? SEPARATOR : OPEN, entry));
      if (last) parts.push(count > 0 ? CLOSE : EMPTY);
      if (parts.length > 0) emit(Buffer.concat(parts));
      batch = [];
    };
    entries.forEach((entry: unknown, index) => {
      if (entry instanceof ReusedEntry) {
        // A run kept from the earlier file goes out as it is, after the entries before it.
        if (issues.length > 0) return;
        flush(false);
        emit(count > 0 ? SEPARATOR : OPEN);
        emit(entry.bytes);
        count += entry.entries;
        return;
      }
      count++;
      const text = entryText(entry);
      const seen = digest(text);
      if (known.has(seen)) {
        sums.push(seen);
        batch.push(Buffer.from(text));
      } else {
        const parsed = schema.safeParse(entry);
        if (!parsed.success) {
          issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
          return;
        }
        const checked = entryText(parsed.data);
        sums.push(checked === text ? seen : digest(checked));
        batch.push(Buffer.from(checked));
      }
      if (batch.length === PIECE_ENTRIES && issues.length === 0) flush(false);
    });
    if (issues.length > 0) throw new Error(formatIssues(file, issues));
    flush(true);
    for (const sum of sums) valid.add(sum);
    digests.set(fileName, whole.digest('base64'));
  }
  return { files, valid, digests };
}

function collect(files: Map<string, string[]>, name: string, piece: Buffer): void {
  const pieces = files.get(name) ?? [];
  pieces.push(piece.toString('utf8'));
  files.set(name, pieces);
}

/** One array element exactly as `JSON.stringify(array, null, 1)` prints it, without the comma. */
function entryText(entry: unknown): string {
  return JSON.stringify([entry], null, 1).slice(2, -2);
}

function digest(text: string): string {
  return hash('sha256', text, 'base64');
}
