/**
 * Command-line options shared by `npm run ingest` and `npm run build`.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WebUrlSchema } from '../../src/schemas/article.ts';

export interface CliOptions {
  seeds: string;
  out: string;
  curation: string | null | undefined;
  skipInvalid: boolean;
  noCache: boolean;
  base: string | undefined;
  site: string | undefined;
  help: boolean;
}

export const USAGE = `Options:
  --seeds DIR       folder of *.txt articles (default: seeds)
  --out DIR         generated content folder (default: content)
  --curation FILE   curation file (default: <out>/curation.yaml; "none" for none)
  --skip-invalid    build the valid articles, list the skipped ones, exit 0
  --no-cache        extract every article again
  --base PATH       (build) serve under a sub-path, e.g. /archive/
  --site URL        (build) public site URL for canonical links and the sitemap`;

/** Parses argv; throws a one-line Error for unknown options. */
export function parseCliOptions(argv: string[]): CliOptions {
  const { values, tokens } = parseArgs({
    args: argv,
    tokens: true,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'content' },
      curation: { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      base: { type: 'string' },
      site: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  // A second "--seeds" would silently win over the first.
  const given = tokens.filter((t) => t.kind === 'option').map((t) => t.name);
  const twice = given.find((name, i) => given.indexOf(name) !== i);
  if (twice !== undefined) throw new Error(`--${twice} is given twice`);
  // "--out=" would write into the working folder itself.
  for (const name of ['seeds', 'out', 'curation', 'base', 'site'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') throw new Error(`--${name} needs a value`);
  }
  // Checked here, before a whole ingest runs, rather than by Astro's bare "Invalid URL" afterwards.
  if (values.site !== undefined && !WebUrlSchema.safeParse(values.site).success) throw new Error(`--site must be a web address such as https://example.org, not "${values.site}"`);
  // Content written into the seeds folder would be read back as articles (or warned about) on the next
  // run, and seeds inside the folders ingest rewrites would be lost. (Seeds elsewhere inside --out are fine.)
  const seeds = realOrResolved(values.seeds);
  const out = realOrResolved(values.out);
  const inside = (a: string, b: string) => a === b || a.startsWith(`${b}${path.sep}`);
  if (inside(out, seeds) || inside(seeds, path.join(out, 'articles')) || inside(seeds, path.join(out, 'data'))) {
    throw new Error(`--out (${values.out}) must not be the --seeds folder (${values.seeds}) or inside it, nor hold it in its articles/ or data/ folder`);
  }
  return {
    seeds: values.seeds,
    out: values.out,
    curation: values.curation === 'none' ? null : values.curation,
    skipInvalid: values['skip-invalid'],
    noCache: values['no-cache'],
    base: values.base,
    site: values.site,
    help: values.help,
  };
}

/** The folder's real path when it exists (symbolic links followed), else its resolved path. */
function realOrResolved(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}
