/**
 * Scores article metadata (title, author, publication, published) where the key gives
 * a value. `published` is compared with `published`, else `published_inferred`, as a
 * prefix in either direction: "2014-06" matches a key of "2014-06-05" and vice versa,
 * because a date known to the month is right, only less precise.
 */
import type { KeyArticle } from './answer-key.ts';
import { normaliseName, normaliseText } from './normalise.ts';
import type { EvalArticle } from './types.ts';

export type MetadataField = 'title' | 'author' | 'publication' | 'published';

/** `unscored`: the key has no value (an extracted value is then only reported). */
export type FieldStatus = 'correct' | 'wrong' | 'missing' | 'unscored';

/** One field's outcome. */
export interface FieldResult {
  field: MetadataField;
  key: string | null;
  extracted: string | null;
  status: FieldStatus;
}

export const METADATA_FIELDS: readonly MetadataField[] = ['title', 'author', 'publication', 'published'];

/**
 * Compares an article's extracted metadata with the key.
 * @param key the key's `article` block
 * @param extracted the article's entry in `articles.json` (null when the article is missing)
 */
export function scoreMetadata(key: KeyArticle, extracted: EvalArticle | null): FieldResult[] {
  const expected: Record<MetadataField, string | null> = {
    title: key.title,
    author: key.author,
    publication: key.publication,
    published: key.published ?? key.published_inferred,
  };
  return METADATA_FIELDS.map((field) => {
    const want = expected[field];
    const got = extracted?.[field] ?? null;
    const status: FieldStatus =
      want === null ? 'unscored' : got === null ? 'missing' : same(field, want, got) ? 'correct' : 'wrong';
    return { field, key: want, extracted: got, status };
  });
}

function same(field: MetadataField, want: string, got: string): boolean {
  switch (field) {
    case 'title':
      return normaliseText(want) === normaliseText(got);
    case 'publication':
      return normaliseName(want) === normaliseName(got);
    case 'author':
      return authors(want) === authors(got);
    case 'published':
      return want.startsWith(got) || got.startsWith(want);
  }
}

/** "A and B", "A, B" and "B & A" name the same authors. */
function authors(byline: string): string {
  return byline
    .split(/,|\band\b|&/i)
    .map(normaliseName)
    .filter((name) => name.length > 0)
    .sort()
    .join('|');
}
