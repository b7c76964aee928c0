/**
 * Article ids: readable slugs of the headline, unique, permanent, and independent
 * of the order in which files are read.
 */
import { compareCodePoints } from './read-seeds.ts';
import { slugify } from './slugify.ts';

export interface IdRequest {
  source: string;
  sha256: string;
  /** Headline, or the opening words of the body when there is none. */
  title: string;
}

export interface PreviousArticle {
  id: string;
  source: string;
  sourceSha256: string;
}

/** An article published once and since removed, as its permalink remembers it. */
export interface RetiredArticle {
  id: string;
  source?: string | undefined;
  sourceSha256?: string | undefined;
}

const MAX_SLUG = 80;

/**
 * Assigns ids. An article published before keeps its id (matched by file name, then by
 * content hash). An article removed and put back takes its old id again: the same content,
 * or the same file under the same headline. A new article takes the slug of its title unless
 * that id was ever used; then a suffix from its content hash, which depends on nothing else.
 * @param taken every article id ever published (permalinks), never reused for another article
 * @param retired articles published before and since removed (from the permalinks)
 * @returns source file name -> id
 */
export function assignArticleIds(
  requests: IdRequest[],
  previous: PreviousArticle[],
  taken: Iterable<string>,
  retired: readonly RetiredArticle[] = [],
): Map<string, string> {
  const bySource = new Map(previous.map((p) => [p.source, p.id]));
  const bySha = new Map(previous.map((p) => [p.sourceSha256, p.id]));
  const live = new Set(previous.map((p) => p.id));
  const gone = retired.filter((r) => !live.has(r.id));
  for (const r of gone) if (r.sourceSha256 && !bySha.has(r.sourceSha256)) bySha.set(r.sourceSha256, r.id);
  // (A file name alone could bring back another story's URL: the headline must match too.)
  const retiredBySource = new Map(gone.filter((r) => r.source).map((r) => [r.source!, r.id]));
  const used = new Set(taken);
  const result = new Map<string, string>();
  const fresh: IdRequest[] = [];
  const kept = new Set<string>();
  for (const request of requests) {
    const back = retiredBySource.get(request.source);
    const old = bySource.get(request.source) ?? bySha.get(request.sha256) ?? (back !== undefined && isIdOfHeadline(back, request.title) ? back : undefined);
    if (old && !kept.has(old)) {
      result.set(request.source, old);
      kept.add(old);
    } else {
      fresh.push(request);
    }
  }
  for (const id of kept) used.add(id);
  const sorted = [...fresh].sort((a, b) => compareCodePoints(a.sha256, b.sha256) || compareCodePoints(a.source, b.source));
  for (const request of sorted) {
    const base = baseSlug(request.title);
    let id = base;
    for (let len = 6; used.has(id); len += 2) id = `${base}-${request.sha256.slice(0, len)}`;
    used.add(id);
    result.set(request.source, id);
  }
  return result;
}

/** The id a headline is given: its slug, or that slug and a hash suffix (never a longer headline's slug). */
function isIdOfHeadline(id: string, title: string): boolean {
  const base = baseSlug(title);
  return id === base || (id.startsWith(`${base}-`) && /^[0-9a-f]{6,}$/.test(id.slice(base.length + 1)));
}

/** Slug of a title, cut at a word boundary so URLs stay readable. */
export function baseSlug(title: string): string {
  const slug = slugify(title) || 'article';
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 20)).replace(/-+$/, '');
}
