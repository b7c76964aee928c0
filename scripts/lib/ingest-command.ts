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
    curationRequired: typeof options.curation === 'string',
    skipInvalid: options.skipInvalid,
    cacheDir: options.noCache ? null : undefined,
  });
  if (result.ok) return true;
  for (const w of result.warnings) console.error(`warning: ${w}`);
  for (const p of result.problems) console.error(`error: ${p.source}: ${p.reason}`);
  // --skip-invalid skips bad article files only; a bad curation file always stops the run.
  const skippable = result.problems.every((p) => /\.txt$/i.test(p.source));
  console.error(`ingest: ${result.problems.length} problem(s); nothing written. Fix ${skippable ? 'them, or pass --skip-invalid to build the rest' : 'the curation file and run again'}.`);
  return false;
}
