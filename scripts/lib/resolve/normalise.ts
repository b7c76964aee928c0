/**
 * Name keys for cross-article matching. Two surface forms that give the same key
 * are taken to name the same entity, so keys forgive what news copy varies on:
 * case, accents, curly vs straight apostrophes, honorifics, a leading "the".
 */

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'baroness', 'baron', 'rev', 'revd', 'reverend', 'cllr', 'councillor', 'rt', 'hon', 'judge', 'justice',
]);
// Generational suffixes (Jr., Sr., III) stay in the key: father and son are two people.
const NAME_SUFFIXES = new Set(['qc', 'kc', 'mp', 'msp', 'mep', 'obe', 'cbe', 'mbe', 'phd']);
const LEGAL_SUFFIXES = new Set(['plc', 'ltd', 'limited', 'inc', 'llc', 'llp']);
const MALE = new Set(['mr', 'sir', 'lord', 'baron']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);
/** Words an acronym may skip or keep in lowercase: `DfE`, `ADCS` for "… of … of …". */
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der']);

/** Lowercase, NFKC, accents folded, every apostrophe and dot removed, other punctuation a space. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc'`´.]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Key for matching curation rules against surface forms: case, spacing, quote style and a leading "the" ignored. */
export function surfaceKey(text: string): string {
  return fold(text).replace(/^the /, '');
}

/** Words of a person's name without leading honorifics or trailing post-nominals. */
export function personTokens(name: string): string[] {
  const tokens = fold(name).split(' ').filter(Boolean);
  let start = 0;
  while (start < tokens.length - 1 && HONORIFICS.has(tokens[start]!)) start++;
  let end = tokens.length;
  while (end > start + 1 && NAME_SUFFIXES.has(tokens[end - 1]!)) end--;
  return tokens.slice(start, end);
}

/** Matching key of a person's name: `Dr Zoë O’Brien` and `zoe obrien` agree. */
export function personKey(name: string): string {
  return personTokens(name).join(' ');
}

/** Matching key of an organisation's name: `The Guardian` = `Guardian`, `Serco plc` = `Serco`. */
export function organisationKey(name: string): string {
  const tokens = fold(name).split(' ').filter(Boolean);
  let start = 0;
  if (tokens.length > 1 && tokens[0] === 'the') start = 1;
  let end = tokens.length;
  if (end - start > 1 && LEGAL_SUFFIXES.has(tokens[end - 1]!)) end--;
  return tokens.slice(start, end).join(' ');
}

/** Display form of a name with leading honorifics removed (`Mr Ray Jones` -> `Ray Jones`); unchanged when nothing would remain. */
export function stripHonorifics(name: string): string {
  const words = name.trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && HONORIFICS.has(fold(words[start]!))) start++;
  return words.slice(start).join(' ');
}

/** `male`, `female` or null, from an honorific such as `Mrs` or `Sir`. */
export function honorificGender(honorific: string | null): 'male' | 'female' | null {
  if (!honorific) return null;
  const key = fold(honorific);
  if (MALE.has(key)) return 'male';
  if (FEMALE.has(key)) return 'female';
  return null;
}

/** True for a name written as an acronym (`DfE`, `NSPCC`, `G4S`, `U.S.`): one word, mostly capitals. */
export function isAcronymLike(name: string): boolean {
  const compact = name.trim().replace(/\./g, '');
  if (compact.length < 2 || compact.length > 10 || /[\s]/.test(compact)) return false;
  const letters = compact.match(/\p{L}/gu) ?? [];
  const upper = compact.match(/\p{Lu}/gu) ?? [];
  return upper.length >= 2 && upper.length * 2 >= letters.length;
}

/** Matching key of an acronym: letters and digits only, lowercase (`D.f.E.` -> `dfe`, `M&S` -> `ms`). */
export function acronymKey(acronym: string): string {
  return acronym
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const MAX_VARIANTS = 64;

/**
 * Every acronym a full name can be written as: first letters of its words, where
 * lowercase function words may be skipped or kept and a capitalised inner acronym
 * (`NHS England`) may count whole. Keys as `acronymKey` makes them.
 */
export function initialsVariants(name: string): string[] {
  const words = name
    .normalize('NFKC')
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  if (words.length > 1 && /^the$/i.test(words[0]!)) words.shift();
  if (words.length < 2) return [];
  let variants = [''];
  for (const word of words) {
    const options = wordOptions(word);
    const next = new Set<string>();
    for (const prefix of variants) for (const option of options) next.add(prefix + option);
    variants = [...next];
    // Beyond the cap, keep only the variants that take every word: still correct, just fewer.
    if (variants.length > MAX_VARIANTS) variants = variants.sort((a, b) => b.length - a.length).slice(0, MAX_VARIANTS);
  }
  return variants.filter((v) => v.length >= 2).map(acronymKey);
}

function wordOptions(word: string): string[] {
  if (word === '&') return [''];
  const first = word[0]!;
  if (FUNCTION_WORDS.has(word.toLowerCase()) && first === first.toLowerCase()) return ['', first];
  if (word.length >= 2 && isAcronymLike(word)) return [first, word];
  return [first];
}
