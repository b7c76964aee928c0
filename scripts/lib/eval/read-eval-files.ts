/**
 * The evaluation's file-system side: answer keys, article texts and an ingest run's
 * output folder. Everything it returns is plain data for the pure scorers.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAnswerKey, type AnswerKey } from './answer-key.ts';
import type { Extraction } from './types.ts';

/** Keys that parsed, and readable errors for those that did not. */
export interface KeysRead {
  keys: AnswerKey[];
  errors: string[];
}

/** Reads and validates every `*.json` in `dir`, in file-name order. */
export async function readKeys(dir: string): Promise<KeysRead> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const out: KeysRead = { keys: [], errors: [] };
  for (const name of names) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch (error) {
      out.errors.push(`${name}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const parsed = parseAnswerKey(json, name);
    if (parsed.ok) out.keys.push(parsed.key);
    else out.errors.push(parsed.error);
  }
  return { keys: out.keys, errors: out.errors };
}

/** Reads an article text from the seeds folder (BOM dropped). */
export async function readArticleText(seeds: string, file: string): Promise<string> {
  return (await readFile(path.join(seeds, file), 'utf8')).replace(/^\uFEFF/, '');
}

/**
 * Reads an ingest output folder: `data/{articles,people,organisations,dates,quotes}.json`
 * and `articles/<id>.mdx`. A missing entity file reads as empty and is reported in `warnings`.
 */
export async function readExtraction(out: string): Promise<{ extraction: Extraction; warnings: string[] }> {
  const warnings: string[] = [];
  const data = async (name: string): Promise<unknown[]> => {
    const file = path.join(out, 'data', `${name}.json`);
    try {
      const json: unknown = JSON.parse(await readFile(file, 'utf8'));
      if (Array.isArray(json)) return json;
      warnings.push(`${file}: not a JSON array`);
    } catch (error) {
      if (name === 'articles') throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      warnings.push(`${file}: missing or unreadable, read as []`);
    }
    return [];
  };
  const articles = (await data('articles')) as Extraction['articles'];
  const bodies: Record<string, string> = {};
  for (const article of articles) {
    try {
      bodies[article.id] = await readFile(path.join(out, 'articles', `${article.id}.mdx`), 'utf8');
    } catch {
      // A missing page is reported per article by the scorer.
    }
  }
  return {
    extraction: {
      articles,
      people: (await data('people')) as Extraction['people'],
      organisations: (await data('organisations')) as Extraction['organisations'],
      dates: (await data('dates')) as Extraction['dates'],
      quotes: (await data('quotes')) as Extraction['quotes'],
      bodies,
    },
    warnings,
  };
}
