/**
 * Patches a data file written by an earlier run: entries of the groups a change
 * reached are replaced by fresh ones, every other entry is kept as the exact text
 * written before, so nothing unchanged is serialised or validated again.
 */
import { compareStrings } from '../resolve/describe-cluster.ts';

/**
 * A run of consecutive entries kept from the earlier file: their bytes as written there (separators
 * between them included), already valid. A view of the earlier file, never a copy.
 */
export class ReusedEntry {
  readonly bytes: Buffer;
  /** How many entries the run holds. */
  readonly entries: number;
  constructor(bytes: Buffer, entries: number) {
    this.bytes = bytes;
    this.entries = entries;
  }
}

const SEPARATOR = Buffer.from('\n },\n {');
const FIRST = Buffer.from('[\n {\n');
const LAST = Buffer.from('\n }\n]\n');

/**
 * The entries of a data file as `validateDataFiles` writes it: `[\n`, the entries joined by `,\n`,
 * then `\n]\n`; an entry is printed as an element of an array with a one-space indent, so it opens
 * with ` {` and closes with ` }` on lines of their own, and only its own fields are indented by two
 * spaces (nested values by more, and no string holds a raw newline). Entries are views of `file`.
 */
export function splitEntries(file: Buffer): Buffer[] {
  if (file.equals(Buffer.from('[]\n'))) return [];
  if (!file.subarray(0, FIRST.length).equals(FIRST) || !file.subarray(-LAST.length).equals(LAST)) throw new Error('not a data file written by ingest');
  const entries: Buffer[] = [];
  const end = file.length - 3;
  let from = 2;
  for (;;) {
    const at = file.indexOf(SEPARATOR, from);
    if (at < 0 || at >= end) break;
    entries.push(file.subarray(from, at + 3));
    from = at + 5;
  }
  entries.push(file.subarray(from, end));
  return entries;
}

/** The value of a string field of an entry itself (not of a nested value), from the entry's bytes. */
export function fieldOf(entry: Buffer, field: string): string {
  const at = entry.indexOf(`\n  "${field}": "`);
  if (at < 0) throw new Error(`entry without "${field}"`);
  // The value's opening quote: after `\n  "`, the field, and `": `.
  const from = at + field.length + 7;
  const end = entry.indexOf(10, from);
  const raw = entry.toString('utf8', from, end < 0 ? entry.length : end).replace(/,$/, '');
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

/**
 * Merges the earlier file's entries with fresh ones, both ordered by a group key (an entity id,
 * or the article of per-article entries). Groups in `dirty` take the fresh entries (none when the
 * group is gone); every other group keeps its earlier entries.
 * @param previous the earlier file's entries, in file order
 * @param field the top-level field that holds the group key in an entry's text
 * @param keyOf the group key of a fresh entry
 */
export function mergeEntries<T>(previous: Buffer[], field: string, dirty: ReadonlySet<string>, fresh: T[], keyOf: (entry: T) => string): (T | ReusedEntry)[] {
  const out: (T | ReusedEntry)[] = [];
  let run: Buffer[] = [];
  const endRun = () => {
    if (run.length > 0) out.push(new ReusedEntry(span(run[0]!, run.at(-1)!), run.length));
    run = [];
  };
  let f = 0;
  for (const bytes of previous) {
    const key = fieldOf(bytes, field);
    if (f < fresh.length && compareStrings(keyOf(fresh[f]!), key) < 0) endRun();
    while (f < fresh.length && compareStrings(keyOf(fresh[f]!), key) < 0) out.push(fresh[f++]!);
    if (dirty.has(key)) endRun();
    else run.push(bytes);
  }
  endRun();
  while (f < fresh.length) out.push(fresh[f++]!);
  return out;
}

/** The bytes from the start of `first` to the end of `last`, two views of one buffer. */
function span(first: Buffer, last: Buffer): Buffer {
  return Buffer.from(first.buffer, first.byteOffset, last.byteOffset + last.length - first.byteOffset);
}
