/**
 * `npm run build`: ingest -> astro build -> search indexes. Options are passed on to ingest.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCliOptions, USAGE } from './lib/cli-options.ts';
import { buildSearchIndexes, listHtmlFiles } from './lib/build-search-indexes.ts';
import { PLACEHOLDER_SITE } from '../src/lib/paths.ts';
import { headersFile } from './lib/security-headers.ts';
import { ingestFromCli } from './lib/ingest-command.ts';

const options = (() => {
  try {
    return parseCliOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`build: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
if (options.help) {
  console.log(`Usage: npm run build -- [options]\n${USAGE}`);
  process.exit(0);
}

try {
  // 1. Articles -> content/ (MDX + data files).
  if (!(await ingestFromCli(options))) process.exit(1);

  // 2. The static site, built from the repository (where astro.config.mjs is) whatever the
  // working folder; output and cache folders resolved from the working folder as given.
  const root = path.resolve(import.meta.dirname, '..');
  const dist = path.resolve(process.env.DOSSIER_OUT_DIR ?? path.join(root, 'dist'));
  const env = {
    ...process.env,
    DOSSIER_OUT_DIR: dist,
    ...(process.env.DOSSIER_CACHE_DIR ? { DOSSIER_CACHE_DIR: path.resolve(process.env.DOSSIER_CACHE_DIR) } : {}),
    DOSSIER_CONTENT: path.resolve(options.out),
    ...(options.base ? { DOSSIER_BASE: options.base } : {}),
    ...(options.site ? { DOSSIER_SITE: options.site } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { stdio: 'inherit', env, cwd: root });
  if (astro.status !== 0) {
    console.error('build: astro build failed');
    process.exit(1);
  }

  // 3. Search: Pagefind for hosted use, a classic-script index for file://.
  await buildSearchIndexes(dist);

  // 4. Hosting headers: a Content-Security-Policy that admits exactly the inline code built.
  // A generator: one page in memory at a time, however large the site.
  const pages = (function* () {
    for (const rel of listHtmlFiles(dist)) yield readFileSync(path.join(dist, rel), 'utf8');
  })();
  writeFileSync(path.join(dist, '_headers'), headersFile(pages));
  const shown = path.relative(process.cwd(), dist) || '.';
  console.log(`build: done. Open ${path.join(shown, 'index.html')}, or serve ${shown}/ with any static server.`);
  // Permanent links, citations and the sitemap need the public address; without one they carry a placeholder.
  if (!options.site && !process.env.DOSSIER_SITE) {
    console.warn(`build: warning: no --site given, so canonical links, citations and sitemap.xml use the placeholder ${PLACEHOLDER_SITE} (pages show their path as the permanent link); before publishing, build with --site https://<your domain>`);
  }
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(2);
}
