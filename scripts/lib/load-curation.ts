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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, curation: CurationSchema.parse({}) };
    throw error;
  }
  return parseCuration(text, file);
}

/** Parses curation YAML text; pure, for tests. */
export function parseCuration(text: string, file: string): CurationResult {
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    // The parser's first line ends "at line 4, column 1:" before a snippet: the line is given up front instead.
    const message = first.message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?\s*$/u, '');
    return { ok: false, error: `${file}${line ? `:${line}` : ''}: invalid YAML: ${message}` };
  }
  const parsed = CurationSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) return { ok: false, error: formatIssues(file, parsed.error.issues) };
  return { ok: true, curation: parsed.data };
}
