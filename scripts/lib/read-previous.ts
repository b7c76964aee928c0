/**
 * Reads the previous ingest's outputs that keep URLs permanent: article ids and permalinks.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PreviousArticle } from './assign-article-ids.ts';
import { PermalinksFileSchema, type Permalink } from '../../src/schemas/entities.ts';

export interface Previous {
  articles: PreviousArticle[];
  permalinks: Permalink[];
}

/** Missing files mean a first build. A corrupt permalinks file is an error: silently dropping it would break URLs. */
export async function readPrevious(out: string): Promise<Previous> {
  const articles = (await readJson(path.join(out, 'data', 'articles.json'))) as PreviousArticle[] | null;
  const permalinksFile = path.join(out, 'data', 'permalinks.json');
  const raw = await readJson(permalinksFile);
  const permalinks = raw === null ? [] : PermalinksFileSchema.parse(raw);
  return { articles: articles ?? [], permalinks };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
