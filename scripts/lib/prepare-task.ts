/**
 * prepareArticle with one argument, as a worker calls it. A module of its own so
 * that ingest loads the parser (about 0.6 s of CPU) only where something must be
 * parsed: on a worker, or on the main thread for a small run.
 */
import type { PrepareInput, PrepareResult } from './prepare-all.ts';
import { prepareArticle } from './prepare-article.ts';

/** Parses one decoded seed file with its curation entry. */
export function prepareTask(input: PrepareInput): PrepareResult {
  return prepareArticle(input.source, input.sha256, input.text, input.curation);
}
