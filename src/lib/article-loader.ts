/**
 * Content-layer loader for the generated article MDX: reads each `*.mdx`, validates
 * its frontmatter with the collection schema, formats its citations, and stores the
 * data with the source path. The article page renders the body from the source with
 * satteri, Astro's own MDX processor (article-body.ts), instead of compiling,
 * bundling and importing one JavaScript module per article through `glob()` and
 * @astrojs/mdx: at 10,000 articles that halves astro build's CPU time and cuts its
 * peak memory by 3 GiB (bench/README.md, "astro build"). The output is byte-identical
 * to the @astrojs/mdx route, which `DOSSIER_ARTICLES=mdx` selects and
 * e2e/article-renderers.test.ts compares page by page.
 * Unchanged files (same digest, which covers the citation code too) keep their stored
 * citations between builds, unless a citation names an earlier build day as its access date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CitationWorkers } from './article-citations.ts';
import { buildDate, type CitableArticle } from './cite.ts';
import { articleExtras, splitFrontmatter, type ArticleExtras } from './article-body.ts';

// What the stored citations are made by (the citation modules, what they import, the
// styles): a change to any reloads every entry.
const CODE = ['cite.ts', 'name-sort.ts', 'article-citations.ts', 'csl/mla.csl', 'csl/chicago.csl'];
function codeFingerprint(): string {
  return CODE.map((name) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')).join('\u0000');
}

type Entry = Parameters<LoaderContext['store']['set']>[0];
/** Articles sent to the citation workers at a time. */
const BATCH = 250;

function citableFields({ id, title, displayTitle, author, publication, published, url }: CitableArticle): CitableArticle {
  return { id, title, displayTitle, author, publication, published, url };
}

/** @param base folder of the `*.mdx` files, absolute or relative to the project root */
export function articleLoader(base: string): Loader {
  return {
    name: 'dossier-articles',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, base);
      const code = codeFingerprint();
      const seen = new Set<string>();
      let batch: Entry[] = [];
      const entries: Entry[] = [];
      const jobs: Promise<void>[] = [];
      let workers = null as CitationWorkers | null;
      // Each batch goes to the workers as soon as it is parsed, so formatting overlaps
      // parsing. Entries are stored only at the end, in one go: Astro writes the whole
      // data store to disk 500 ms after the last change, so storing between waits would
      // rewrite it again and again.
      const today = buildDate();
      const flush = () => {
        const citable = batch;
        entries.push(...batch);
        batch = [];
        if (citable.length === 0) return;
        workers ??= new CitationWorkers();
        const job = workers.format(citable.map((entry) => citableFields(entry.data as unknown as CitableArticle)), today).then((citations) => {
          citable.forEach((entry, i) => {
            if (entry.rendered) entry.rendered.metadata = { ...entry.rendered.metadata, citations: citations[i] };
          });
        });
        // Reported by Promise.all below; this keeps an early failure from being unhandled meanwhile.
        job.catch(() => undefined);
        jobs.push(job);
      };
      try {
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
          const file = path.join(dir, name);
          const id = name.slice(0, -'.mdx'.length);
          const source = readFileSync(file, 'utf8');
          const digest = generateDigest(`${code}\u0000${source}`);
          seen.add(id);
          const stored = store.get(id);
          // An undated article's stored citation names the day it was formatted as its access date.
          const accessed = stored && articleExtras(stored)?.citations?.accessed;
          if (stored?.digest === digest && (accessed ?? today) === today) continue;
          const { data } = splitFrontmatter(source);
          const filePath = path.relative(root, file).split(path.sep).join('/');
          // The body is rendered by the page (article-body.ts); `html` stays empty here.
          const extras: ArticleExtras = { source: file };
          batch.push({ id, data: await parseData({ id, data, filePath }), filePath, digest, rendered: { html: '', metadata: { ...extras } } });
          if (batch.length >= BATCH) flush();
        }
        flush();
        await Promise.all(jobs);
      } finally {
        await workers?.close();
      }
      for (const entry of entries) store.set(entry);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
