/**
 * The mentions of an entity data file, which the site's collections leave out: they keep
 * only each entity's number of mentions (src/schemas/entities.ts, "What the site's
 * collections keep"). Read when the first page that shows mentions renders, and kept as
 * id -> mentions in file order.
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'astro/zod';

/**
 * @param file an entity data file (`data/people.json`, `organisations.json` or `dates.json`)
 * @param mention the schema of one of its mentions
 * @throws an Error naming the file when it is unreadable or not an array of entities with mentions
 */
export function readMentions<M>(file: string, mention: z.ZodType<M>): Map<string, M[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read mentions: ${(error as Error).message}`);
  }
  const checked = z.array(z.object({ id: z.string(), mentions: z.array(mention) })).safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${file}: cannot read mentions: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return new Map(checked.data.map((e) => [e.id, e.mentions]));
}

/**
 * `readMentions(file)`, read again only when the file's size or modification time
 * changes: once per build, and still current in `astro dev` after ingest rewrites the file.
 */
export function cachedMentions<M>(file: string, mention: z.ZodType<M>): () => Map<string, M[]> {
  let stamp = '';
  let mentions = new Map<string, M[]>();
  return () => {
    let now = 'missing';
    try {
      const info = statSync(file);
      now = `${info.size}:${info.mtimeMs}`;
    } catch {
      // readMentions reports the missing file.
    }
    if (now !== stamp || now === 'missing') {
      mentions = readMentions(file, mention);
      stamp = now;
    }
    return mentions;
  };
}

/**
 * The mentions of entity `id`, checked against the number its collection entry holds.
 * @throws when the numbers differ: the file changed after the collection was loaded
 */
export function mentionsOf<M>(file: string, id: string, expected: number, all: ReadonlyMap<string, readonly M[]>): readonly M[] {
  const mentions = all.get(id) ?? [];
  if (mentions.length !== expected) {
    throw new Error(`${file}: ${id} has ${mentions.length} mentions where the collection has ${expected}; the file changed during the build, build again`);
  }
  return mentions;
}
