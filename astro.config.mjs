// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { PLACEHOLDER_SITE } from './src/lib/paths.ts';

// Site URL and base path come from the environment so one build serves a domain
// root or a sub-path (`DOSSIER_BASE=/archive/`). Links inside pages are relative,
// so `dist/` also works opened from disk.
// Without --site (DOSSIER_SITE) a placeholder: BaseLayout then shows each page's path as its permanent link.
const site = process.env.DOSSIER_SITE ?? PLACEHOLDER_SITE;
const base = process.env.DOSSIER_BASE ?? '/';
// Separate output and cache folders let tests and benchmarks build side by side.
const outDir = process.env.DOSSIER_OUT_DIR ?? './dist';
const cacheDir = process.env.DOSSIER_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'ignore',
  build: {
    // One `.html` file per page: folder URLs do not resolve from file://.
    format: 'file',
    // No CSS file of Astro's own making: it would be linked root-absolute (`/_astro/*.css`), which
    // breaks from disk. BaseLayout links the one stylesheet relatively itself.
    inlineStylesheets: 'always',
    // Two pages in flight: 12% faster at 1,000 articles (68.4 s -> 59.9 s), +55 MiB;
    // 4 gains no more and costs +160 MiB (bench/README.md, "astro build").
    concurrency: 2,
  },
  // Article text is literal data: no smart quotes, no GFM autolinks or strikethrough.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
