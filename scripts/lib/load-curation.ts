/**
 * Loads `content/curation.yaml`, the hand-edited fixes. Read only: no tool writes it.
 * Errors name the file, the line (for YAML syntax) or the entry and field (for schema errors).
 */
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { CurationSchema, type Curation } from '../../src/schemas/curation.ts';
import { formatIssues } from './format-issues.ts';

export type CurationResult = { ok: true; curation: Curation } | { ok: false; error: string };

/** Reads and validates a curation file; a missing file is an empty curation. */
export async function loadCuration(file: string | null): Promise<CurationResult> {
  if (!file) return { ok: true, curation: CurationSchema.parse({}) };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, curation: CurationSchema.parse({}) };
    return { ok: false, error: `${file}: ${code === 'EISDIR' ? 'is a folder, not a curation file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? (error as Error).message})`}` };
  }
  return parseCuration(text, file);
}

/** Parses curation YAML text; pure, for tests. */
export function parseCuration(text: string, file: string): CurationResult {
  // A second document ("---" then more rules) would be silently ignored: one document only.
  const docs = YAML.parseAllDocuments(text, { prettyErrors: true });
  const doc = Array.isArray(docs) ? docs[0] : null;
  if (Array.isArray(docs) && docs.length > 1) return { ok: false, error: `${file}: invalid YAML: more than one document ("---" separates documents); put every rule in one` };
  const first = doc?.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    // The parser's first line ends "at line 4, column 1:" before a snippet: the line is given up front instead.
    const message = first.message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?\s*$/u, '');
    return { ok: false, error: `${file}${line ? `:${line}` : ''}: invalid YAML: ${message}` };
  }
  let data: unknown;
  try {
    data = doc?.toJS() ?? {};
  } catch (error) {
    // "Excessive alias count": a file of aliases that would expand without end.
    return { ok: false, error: `${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = CurationSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: formatIssues(file, parsed.error.issues) };
  return { ok: true, curation: parsed.data };
}
