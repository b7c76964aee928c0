/**
 * The benchmark's baseline: what a user would otherwise set up. A plain Astro 7
 * site with Astro's defaults, the same articles as `.md` files in one content
 * collection, one layout, one dynamic route and an index page; no entities.
 * Indexed by Pagefind afterwards, like ours.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: './articles' }),
    schema: z.object({ title: z.string(), byline: z.string().optional() }),
  }),
};
`;

const LAYOUT = `---
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <style>body { max-width: 42rem; margin: 0 auto; font-family: system-ui, sans-serif; line-height: 1.5; }</style>
  </head>
  <body>
    <header><a href="/">Archive</a></header>
    <main data-pagefind-body><slot /></main>
  </body>
</html>
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  {entry.data.byline && <p>{entry.data.byline}</p>}
  <Content />
</Layout>
`;

const INDEX = `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const articles = (await getCollection('articles')).sort((a, b) => a.id.localeCompare(b.id));
---
<Layout title="Archive">
  <h1>Archive</h1>
  <ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a></li>)}</ul>
</Layout>
`;

/** One article as Markdown: first line is the title, the next short line the byline, the rest the body as is. */
export function articleToMarkdown(text: string): string {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const title = (blocks.shift() ?? 'Untitled').replace(/\s*\n\s*/g, ' ');
  const byline = blocks.length > 1 && blocks[0]!.length < 80 ? blocks.shift()! : null;
  const front = [`title: ${JSON.stringify(title)}`, ...(byline ? [`byline: ${JSON.stringify(byline)}`] : [])];
  return `---\n${front.join('\n')}\n---\n\n${blocks.join('\n\n')}\n`;
}

/** Writes the baseline site for every `*.txt` in `corpus` into `dir` (replaced). */
export function writeBaseline(corpus: string, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const files: [string, string][] = [
    ['astro.config.mjs', CONFIG],
    ['package.json', '{ "name": "baseline", "private": true, "type": "module" }\n'],
    ['src/content.config.ts', CONTENT_CONFIG],
    ['src/layouts/Layout.astro', LAYOUT],
    ['src/pages/articles/[id].astro', ROUTE],
    ['src/pages/index.astro', INDEX],
  ];
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const names = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort();
  for (const name of names) {
    writeFileSync(path.join(dir, 'articles', name.replace(/\.txt$/, '.md')), articleToMarkdown(readFileSync(path.join(corpus, name), 'utf8')));
  }
  return names.length;
}
