/**
 * Runs ingest with command-line options and reports problems one line per file,
 * as `npm run ingest` and `npm run build` both do.
 */
import type { CliOptions } from './cli-options.ts';
import { runIngest } from './run-ingest.ts';

/** @returns true when ingest wrote its output */
export async function ingestFromCli(options: CliOptions): Promise<boolean> {
  const result = await runIngest({
    seeds: options.seeds,
    out: options.out,
    curation: options.curation,
    skipInvalid: options.skipInvalid,
    cacheDir: options.noCache ? null : undefined,
  });
  if (result.ok) return true;
  for (const w of result.warnings) console.error(`warning: ${w}`);
  for (const p of result.problems) console.error(`error: ${p.source}: ${p.reason}`);
  console.error(`ingest: ${result.problems.length} problem(s); nothing written. Fix them, or pass --skip-invalid to build the rest.`);
  return false;
}
