/**
 * A–Z index helpers: surname sort keys for people, inverted names, and letter groups.
 */

// Particles belong to the family name: `Julian Le Grand` -> `Le Grand, Julian`.
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'st', 'st.', 'al', 'el', 'bin']);
// Generational suffixes stay after the given names: `King, Martin Luther, Jr.`.
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|junior|senior)$/i;

/** Splits a personal name into given names, family name and suffix; one-word names are all family. */
export function splitName(name: string): { given: string; family: string; suffix: string } {
  const tokens = name.trim().replace(/,/g, '').split(/\s+/);
  let suffix = '';
  if (tokens.length > 2 && SUFFIXES.test(tokens.at(-1)!)) suffix = tokens.pop()!;
  if (tokens.length === 1) return { given: '', family: tokens[0]!, suffix };
  let cut = tokens.length - 1;
  while (cut > 1 && PARTICLES.has(tokens[cut - 1]!.toLowerCase())) cut--;
  return { given: tokens.slice(0, cut).join(' '), family: tokens.slice(cut).join(' '), suffix };
}

/** `Ray Jones` -> `Jones, Ray`; one-word names unchanged. */
export function invertName(name: string): string {
  const { given, family, suffix } = splitName(name);
  return [family, given, suffix].filter(Boolean).join(', ');
}

/** Sort key that files people by family name, ignoring case and accents. */
export function personSortKey(name: string): string {
  return fold(invertName(name));
}

/** Sort key for organisations: a leading `The` is ignored. */
export function organisationSortKey(name: string): string {
  return fold(name.replace(/^the\s+/i, ''));
}

/** Index letter of a sort key: `A`–`Z`, or `#` for anything else. */
export function initialOf(key: string): string {
  const c = key.charAt(0).toUpperCase();
  return c >= 'A' && c <= 'Z' ? c : '#';
}

/** Groups items under their index letters, items sorted by key within each letter, letters A–Z then `#`. */
export function groupByInitial<T>(items: readonly T[], key: (item: T) => string): { letter: string; items: T[] }[] {
  const keyed = items.map((item) => ({ item, k: key(item) })).sort((a, b) => a.k.localeCompare(b.k, 'en'));
  const groups = new Map<string, T[]>();
  for (const { item, k } of keyed) {
    const letter = initialOf(k);
    const list = groups.get(letter) ?? [];
    list.push(item);
    groups.set(letter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1))
    .map(([letter, list]) => ({ letter, items: list }));
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
