/**
 * The mention sentences (`context`) of an entity data file, which the site's collections
 * leave out (src/schemas/entities.ts, "What the site's collections keep"). Read when the
 * first page that shows mentions renders, and kept as id -> sentences in mention order.
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'astro/zod';

const ContextsFileSchema = z.array(z.object({ id: z.string(), mentions: z.array(z.object({ context: z.string() })) }));

/**
 * @param file an entity data file (`data/people.json`, `organisations.json` or `dates.json`)
 * @throws an Error naming the file when it is unreadable or not an array of entities with mentions
 */
export function readMentionContexts(file: string): Map<string, string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read mention sentences: ${(error as Error).message}`);
  }
  const checked = ContextsFileSchema.safeParse(parsed);
  if (!checked.success) throw new Error(`${file}: cannot read mention sentences: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  return new Map(checked.data.map((e) => [e.id, e.mentions.map((m) => m.context)]));
}

/**
 * `readMentionContexts(file)`, read again only when the file's size or modification time
 * changes: once per build, and still current in `astro dev` after ingest rewrites the file.
 */
export function cachedMentionContexts(file: string): () => Map<string, string[]> {
  let stamp = '';
  let contexts = new Map<string, string[]>();
  return () => {
    let now = 'missing';
    try {
      const info = statSync(file);
      now = `${info.size}:${info.mtimeMs}`;
    } catch {
      // readMentionContexts reports the missing file.
    }
    if (now !== stamp || now === 'missing') {
      contexts = readMentionContexts(file);
      stamp = now;
    }
    return contexts;
  };
}

/**
 * Joins each mention with its sentence by position: the collection entry and the data
 * file list mentions in the same order.
 * @throws when the numbers differ: the file changed after the collection was loaded
 */
export function withContexts<M>(file: string, id: string, mentions: readonly M[], contexts: ReadonlyMap<string, readonly string[]>): (M & { context: string })[] {
  const sentences = contexts.get(id) ?? [];
  if (sentences.length !== mentions.length) {
    throw new Error(`${file}: ${id} has ${sentences.length} mention sentences for ${mentions.length} mentions; the file changed during the build, build again`);
  }
  return mentions.map((m, i) => ({ ...m, context: sentences[i]! }));
}
