/**
 * `npm run ingest`: seeds folder -> content/articles/*.mdx + content/data/*.json.
 */
import { parseCliOptions, USAGE } from './lib/cli-options.ts';
import { ingestFromCli } from './lib/ingest-command.ts';

try {
  const options = parseCliOptions(process.argv.slice(2));
  if (options.help) {
    console.log(`Usage: npm run ingest -- [options]\n${USAGE}`);
    process.exit(0);
  }
  if (!(await ingestFromCli(options))) process.exit(1);
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(2);
}
