/**
 * Slugs and the branded id type. Every id the site publishes is made here, so
 * one rule decides what an id looks like.
 */
import anyAscii from 'any-ascii';

/** A permanent entity id: a lowercase ASCII slug. Only `isSlug` and `slugId` produce one. */
export type EntityId = string & { readonly __brand: 'EntityId' };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Turns text into a lowercase ASCII slug: transliterated, apostrophes dropped
 * (so `O'Brien` stays one word), dotted initials joined, every other run of non-alphanumerics a hyphen.
 * @returns the slug, or `''` when the text has no letters or digits
 */
export function slugify(text: string): string {
  // Emoji would transliterate to their names ("🎉" -> "tada"): words the text never says.
  return anyAscii(text.normalize('NFKC').replace(/\p{Extended_Pictographic}/gu, ' '))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['`]/g, '')
    // Dotted initials are one word: `U.S.` -> `us`, not `u-s`.
    .replace(/(?<![a-z0-9])([a-z])\.(?=[a-z](?![a-z0-9]))/g, '$1')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    // Windows reserves these names, with any extension: `con.html` cannot be made there.
    .replace(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/, '$1-page');
}

/** Type guard: true when `value` is a well-formed slug (and so usable as an id). */
export function isSlug(value: string): value is EntityId {
  return SLUG.test(value);
}

/**
 * The id for a name: its slug, or `fallback` when the name has none, plus `-n` when n > 1.
 * @param fallback a slug to use for names without letters or digits (e.g. `person`)
 */
export function slugId(name: string, fallback: string, n = 1): EntityId {
  const base = capSlug(slugify(name) || slugify(fallback) || 'entity');
  const id = n > 1 ? `${base}-${n}` : base;
  if (!isSlug(id)) throw new Error(`slugId: cannot make an id from ${JSON.stringify(name)}`);
  return id;
}

/** Longest id, in characters: a page's file name (id plus `.html` or `.json`) must stay far below the 255-byte limit of file systems. */
const MAX_ID = 80;

/** A slug cut to MAX_ID at a word boundary when it has one past the 20th character. */
function capSlug(slug: string): string {
  if (slug.length <= MAX_ID) return slug;
  const cut = slug.slice(0, MAX_ID);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen >= 20 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}
