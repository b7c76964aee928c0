/**
 * `node scripts/search-quality.ts [--dist DIR] [--queries FILE] [--verbose]`: runs the
 * query set (e2e/queries.json) through Pagefind (in Chromium, over a local http
 * server) and the offline fallback (in Node, same code as the page) and prints the
 * share of queries whose expected page is first and in the top 3, per engine.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { launchBrowser } from '../e2e/browser.ts';
import { offlineTop, pagefindTop, readQueries, score } from '../e2e/search-engines.ts';
import { startStaticServer } from '../e2e/static-server.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: process.env.DOSSIER_DIST ?? 'dist' }, queries: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const dist = path.resolve(values.dist!);
const cases = readQueries(values.queries ? new URL(`file://${path.resolve(values.queries)}`) : undefined);
const queries = cases.map((c) => c.q);

// 1. Pagefind, in a browser, over http.
const server = await startStaticServer(dist);
const browser = await launchBrowser();
let pagefind: string[][];
try {
  pagefind = await pagefindTop(await browser.newPage(), server.url, queries, 3);
} finally {
  await browser.close();
  await server.close();
}

// 2. The offline fallback, in Node.
const started = performance.now();
const offline = offlineTop(dist, queries, 3);
const perQuery = (performance.now() - started) / (queries.length || 1);

// 3. Report.
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
for (const [name, results] of [['pagefind', pagefind], ['offline', offline]] as const) {
  const s = score(cases, results);
  console.log(`${name.padEnd(8)} top-1 ${pct(s.top1)}  top-3 ${pct(s.top3)}  (${cases.length} queries)`);
}
const agree = queries.filter((_, i) => pagefind[i]![0] === offline[i]![0]).length;
console.log(`same top result in both engines: ${agree}/${queries.length}; offline search ${perQuery.toFixed(1)} ms per query (Node)`);
if (values.verbose) {
  cases.forEach((c, i) => {
    const mark = (r: string[]) => (r[0] === c.expect ? '1' : r.includes(c.expect) ? '3' : '-');
    console.log(`${mark(pagefind[i]!)}${mark(offline[i]!)} ${c.q.padEnd(36)} ${pagefind[i]![0] ?? '(none)'}${pagefind[i]![0] === offline[i]![0] ? '' : `  | offline: ${offline[i]![0] ?? '(none)'}`}`);
  });
}
