/**
 * `npm run eval`: runs the real ingest on a seeds folder and scores it against answer
 * keys (people, organisations, dates, metadata, body; quotes, roles and comments as
 * bonus lines). See eval/README.md.
 */
import { existsSync } from 'node:fs';
import { aggregate } from './lib/eval/aggregate.ts';
import { checkKey } from './lib/eval/check-key.ts';
import { formatArticle, formatTotals } from './lib/eval/format-report.ts';
import { failedThresholds, parseEvalArgs, DEFAULT_OPTIONS, USAGE } from './lib/eval/parse-eval-args.ts';
import { readArticleText, readExtraction, readKeys } from './lib/eval/read-eval-files.ts';
import { runIngestToTemp } from './lib/eval/run-ingest-to-temp.ts';
import { scoreArticle } from './lib/eval/score-article.ts';

// 1. Options.
const parsed = parseEvalArgs(process.argv.slice(2));
if (!parsed.ok) fail(`${parsed.error}\n${USAGE}`);
const options = parsed.options;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

// 2. Answer keys, validated.
const { keys, errors } = await readKeys(options.keys);
if (errors.length > 0) fail(errors.join('\n'));
if (keys.length === 0) fail(`no answer keys (*.json) in ${options.keys}`);

// 3. --check-keys: every quoted surface form must be in its article, then stop.
if (options.checkKeys) {
  let bad = 0;
  for (const key of keys) {
    const { problems, hints } = checkKey(key, await readArticleText(options.seeds, key.file));
    bad += problems.length;
    console.log(`${key.file}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`);
    for (const p of problems) console.log(`  ${p}`);
    if (hints.length > 0) console.log(`  capitalised words no entry covers (review): ${hints.join(', ')}`);
  }
  process.exit(bad === 0 ? 0 : 1);
}

// 4. Extraction: an existing output folder, or a fresh ingest run into a temporary folder.
// The default curation file may not exist yet; an explicitly named one must.
const curation =
  options.curation !== null && !existsSync(options.curation)
    ? options.curation === DEFAULT_OPTIONS.curation
      ? null
      : fail(`curation file not found: ${options.curation}`)
    : options.curation;
const run = options.extracted === null ? await runIngestToTemp(options.seeds, curation).catch((e: Error) => fail(e.message)) : null;
const { extraction, warnings } = await readExtraction(options.extracted ?? run?.out ?? '');
await run?.cleanup();
if (run) warnings.push(...run.messages);
if (run && !run.ok) warnings.push('ingest failed; scoring what it wrote');

// 5. Score each article and sum.
const results = keys.map((key) => scoreArticle(key, extraction));
const totals = aggregate(results);
const failed = failedThresholds(totals, options.minF1);

// 6. Report.
if (options.json) {
  console.log(JSON.stringify({ options: { ...options, curation }, warnings, totals, articles: results, failed }, null, 2));
} else {
  const source = options.extracted ?? `${options.seeds} (curation: ${curation ?? 'none'})`;
  console.log(`Dossier eval: ${results.length} article(s), keys ${options.keys}, extraction ${source}\n`);
  for (const w of warnings) console.log(`warning: ${w}`);
  console.log(formatTotals(totals));
  console.log('');
  for (const result of results) console.log(formatArticle(result));
  for (const f of failed) console.log(`below threshold: ${f}`);
}
process.exit(failed.length === 0 ? 0 : 1);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
