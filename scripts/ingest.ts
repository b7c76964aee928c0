/**
 * `npm run ingest`: seeds folder -> content/articles/*.mdx + content/data/*.json.
 */
import { parseCliOptions, USAGE } from './lib/cli-options.ts';
import { runIngest } from './lib/run-ingest.ts';

try {
  const options = parseCliOptions(process.argv.slice(2));
  if (options.help) {
    console.log(`Usage: npm run ingest -- [options]\n${USAGE}`);
    process.exit(0);
  }
  const result = await runIngest({
    seeds: options.seeds,
    out: options.out,
    curation: options.curation,
    skipInvalid: options.skipInvalid,
    cacheDir: options.noCache ? null : undefined,
  });
  if (!result.ok) {
    for (const w of result.warnings) console.error(`warning: ${w}`);
    for (const p of result.problems) console.error(`error: ${p.source}: ${p.reason}`);
    console.error(`ingest: ${result.problems.length} problem(s); nothing written. Fix them, or pass --skip-invalid to build the rest.`);
    process.exit(1);
  }
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(2);
}
