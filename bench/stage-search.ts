/**
 * The search stage as its own process, so the benchmark can measure its memory:
 * `node bench/stage-search.ts DIST [--code DIR]` builds both of Dossier's indexes
 * with the `buildSearchIndexes` of the code in DIR (default: this repository);
 * `--pagefind-only` builds only a Pagefind index, as the baseline site would.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPagefindIndex } from '../scripts/lib/build-search-indexes.ts';

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'pagefind-only': { type: 'boolean', default: false }, code: { type: 'string', default: path.join(import.meta.dirname, '..') } } });
  const site = positionals[0];
  if (!site) throw new Error('usage: node bench/stage-search.ts DIST [--pagefind-only]');
  if (values['pagefind-only']) console.log(`pagefind: indexed ${await buildPagefindIndex(site)} pages`);
  else {
    const module = pathToFileURL(path.join(path.resolve(values.code), 'scripts/lib/build-search-indexes.ts')).href;
    const { buildSearchIndexes } = (await import(module)) as { buildSearchIndexes: (site: string) => Promise<void> };
    await buildSearchIndexes(site);
  }
}
