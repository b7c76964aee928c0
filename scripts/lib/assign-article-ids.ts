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

const MAX_SLUG = 80;

/**
 * Assigns ids. An article published before keeps its id (matched by file name, then by
 * content hash). A new article takes the slug of its title unless that id was ever used;
 * then a suffix from its content hash, which depends on nothing else.
 * @param taken every article id ever published (permalinks), never reused for another article
 * @returns source file name -> id
 */
export function assignArticleIds(
  requests: IdRequest[],
  previous: PreviousArticle[],
  taken: Iterable<string>,
): Map<string, string> {
  const bySource = new Map(previous.map((p) => [p.source, p.id]));
  const bySha = new Map(previous.map((p) => [p.sourceSha256, p.id]));
  const used = new Set(taken);
  const result = new Map<string, string>();
  const fresh: IdRequest[] = [];
  const kept = new Set<string>();
  for (const request of requests) {
    const old = bySource.get(request.source) ?? bySha.get(request.sha256);
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

/** Slug of a title, cut at a word boundary so URLs stay readable. */
export function baseSlug(title: string): string {
  const slug = slugify(title) || 'article';
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 20)).replace(/-+$/, '');
}
