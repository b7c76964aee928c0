/**
 * Every collection query and sort the pages use, in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/** Articles newest first; undated ones last, by title. */
export async function articlesByDate(): Promise<Article[]> {
  const all = await getCollection('articles');
  return all.sort((a, b) => {
    const da = a.data.published ?? '';
    const db = b.data.published ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.data.displayTitle.localeCompare(b.data.displayTitle, 'en');
  });
}

/** Human-readable form of a partial ISO date: `20 June 2014`, `June 2014`, `2014`. */
export function formatIso(iso: string | null): string {
  if (!iso) return 'date unknown';
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (m === undefined) return String(y);
  const month = months[m - 1] ?? '';
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}
