/**
 * Indexes the built site with Pagefind (Node API), checking errors after each call.
 * @see https://pagefind.app/docs/node-api/
 */
import * as pagefind from 'pagefind';

/** Writes `<site>/pagefind/`. */
export async function buildSearchIndexes(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    console.log(`pagefind: indexed ${added.page_count} pages`);
  } finally {
    await pagefind.close();
  }
}
