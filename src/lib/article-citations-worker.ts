/**
 * Worker thread of article-citations.ts: registers the bundled CSL styles, then
 * answers each batch of articles with their citations.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CitableArticle } from './cite.ts';
import { registerStyles } from './cite.ts';
import { formatArticleCitations } from './article-citations.ts';

const csl = (name: string) => readFileSync(new URL(`./csl/${name}.csl`, import.meta.url), 'utf8');
registerStyles({ mla: csl('mla'), chicago: csl('chicago') });
parentPort?.on('message', ({ id, articles, today }: { id: number; articles: CitableArticle[]; today: string }) =>
  parentPort?.postMessage({ id, citations: articles.map((article) => formatArticleCitations(article, today)) }),
);
