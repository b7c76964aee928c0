/**
 * Runs the real ingest on a seeds folder into a fresh temporary folder, so evaluation
 * scores exactly what `npm run ingest` would write, without touching `content/`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { runIngest as RunIngest } from '../run-ingest.ts';

/** Where the run wrote its output, what it reported, and how to remove it. */
export interface TempRun {
  ok: boolean;
  /** Problems and warnings the ingest reported, one line each. */
  messages: string[];
  out: string;
  cleanup: () => Promise<void>;
}

/**
 * Runs ingest with invalid files skipped (one bad file must not zero the score).
 * @param seeds the articles folder
 * @param curation curation file, or null for none
 */
export async function runIngestToTemp(seeds: string, curation: string | null): Promise<TempRun> {
  // Loaded on demand, so --check-keys and --extracted work while the ingest is broken.
  let runIngest: typeof RunIngest;
  try {
    ({ runIngest } = (await import('../run-ingest.ts')) as { runIngest: typeof RunIngest });
  } catch (error) {
    throw new Error(
      `cannot load scripts/lib/run-ingest.ts: ${error instanceof Error ? error.message : String(error)}\n` +
        'To score an existing output folder instead, pass --extracted DIR.',
    );
  }
  const out = await mkdtemp(path.join(os.tmpdir(), 'dossier-eval-'));
  const result = await runIngest({ seeds, out, curation, skipInvalid: true, quiet: true });
  const messages = [
    ...result.problems.map((p) => `ingest: ${p.source}: ${p.reason}`),
    // Keys may sit beside their articles (eval/extra): the ingest skipping them is expected.
    ...result.warnings.filter((w) => !/\.json: ignored \(/.test(w)).map((w) => `ingest: ${w}`),
  ];
  return { ok: result.ok, messages, out, cleanup: () => rm(out, { recursive: true, force: true }) };
}
