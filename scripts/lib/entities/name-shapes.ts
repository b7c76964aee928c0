/**
 * Shapes that mark a capitalised run as a personal name whatever its context: a
 * double-barrelled surname ("Ruth Aldous-Kerr"), hyphenated initials ("J-P"), a lower-case
 * particle between name words ("Wian du Plessis", "Siti binti Osman"), and the Gaelic
 * patronymic with its article ("Mac an t-Saoir").
 */
import { isActorNoun, isDemonym, isFirstName, isFunctionWord, isKnownPlace, lexiconTags } from './lexicon.ts';
import type { Token } from './tokenize-segment.ts';
import { HONORIFICS, NAME_PARTICLES, PLACE_MODIFIERS, TITLE_WORDS } from './word-lists.ts';

// Every part opens with a capital and closes in lower case: "Mackintosh-Gunn", "McGrath-Doyle", not "U-Turn" or "COVID-19".
const DOUBLE_BARRELLED = /^\p{Lu}[\p{L}’']*\p{Ll}(?:-\p{Lu}[\p{L}’']*\p{Ll})+$/u;
const HYPHEN_INITIALS = /^\p{Lu}\.?-\p{Lu}\.?$/u;
const GAELIC_PATRONYMIC = /^(?:Mac|Nic|Mhic|Ni|Ní)$/;

/** True for a hyphenated surname of capitalised parts ("Tamati-Reid", "O’Neill-Byrne"). */
export function isDoubleBarrelled(word: string): boolean {
  return DOUBLE_BARRELLED.test(word) && !isKnownPlace(word);
}

// One romanised Korean or Chinese syllable: optional onset, vowel, optional final consonant ("hyun", "woo", "eun", "wen").
const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|ts|hs|sh|[gkndtrlmbpsjhyw])?(?:yeo|yae|wae|ae|eo|eu|ya|ye|yo|yu|wa|wo|we|wi|oe|ui|oo|ee|ou|ua|uo|ia|ie|ao|ai|ei|iu|a|e|i|o|u)(?:ng|[nmklpt])?$/;

/** True for a hyphenated Korean or Chinese given name of two syllables ("Hyun-woo", "Ji-hoon", "Ing-wen"). */
export function isSyllableGivenName(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{0,4})-(\p{Ll}{1,5})$/u.exec(word);
  return m !== null && SYLLABLE.test((m[1] ?? '').toLowerCase()) && SYLLABLE.test(m[2] ?? '');
}

/** True for hyphenated initials standing for a double given name ("J-P", "M.-A."). */
export function isHyphenInitials(word: string): boolean {
  return HYPHEN_INITIALS.test(word);
}

/**
 * True for the lower-case words of a Gaelic patronymic: the article after "Mac"/"Nic"
 * ("an", "na", "a") and the name it governs, with its prefixed consonant ("t-Saoir", "h-Aoidh").
 */
export function isGaelicLink(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  if (/^(?:an|na|a)$/.test(word)) return GAELIC_PATRONYMIC.test(tokens[i - 1]?.text ?? '');
  return /^[th]-\p{Lu}/u.test(word) && /^(?:an|na|a)$/.test(tokens[i - 1]?.text ?? '');
}

/**
 * True when the run reads as a personal name by its shape alone: two to four words, the
 * last a double-barrelled surname or the run holding a name particle between capitalised
 * words ("Wian du Plessis"), opening with a word that can be a given name (not an ordinary
 * function word, demonym, compass word or place) and not itself a place.
 */
export function hasPersonalNameShape(tokens: readonly Token[], articleWords: ReadonlySet<string>): boolean {
  if (tokens.length < 2 || tokens.length > 5) return false;
  const first = tokens[0] as Token;
  const last = tokens.at(-1) as Token;
  if (tokens.some((t) => t.text === '&' || /\d/.test(t.text))) return false;
  // "Eilidh Mac an t-Saoir": the Gaelic patronymic is a name's shape.
  if (/^\p{Lu}/u.test(first.text) && tokens.some((_, i) => isGaelicLink(tokens, i))) return true;
  if (!/^\p{Lu}/u.test(first.text) || !/^\p{Lu}/u.test(last.text)) return false;
  // "De la Cruz": a capitalised particle opens a surname when another particle follows it.
  const particleOpener = NAME_PARTICLES.has(first.text.toLowerCase()) && NAME_PARTICLES.has(tokens[1]?.text ?? '');
  if (!(particleOpener || isOpener(first.text, articleWords)) || isKnownPlace(tokens.map((t) => t.text).join(' '))) return false;
  const inner = tokens.slice(1, -1);
  const particle = inner.length > 0 && inner.some((t) => NAME_PARTICLES.has(t.text)) && inner.every((t) => NAME_PARTICLES.has(t.text) || /^\p{Lu}/u.test(t.text)) && !isKnownPlace(last.text);
  const barrelled = isDoubleBarrelled(last.text) && tokens.length <= 4 && inner.every((t) => /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.has(t.text));
  // "Park Ji-hoon", "Hyun-woo Baek": a two-syllable hyphenated given name beside a family name.
  const syllabic = tokens.length <= 3 && tokens.some((t) => isSyllableGivenName(t.text)) && tokens.every((t) => /^\p{Lu}/u.test(t.text));
  return particle || barrelled || syllabic;
}

/** A word that can open a name: hyphenated initials or a capitalised word that is no title, adjective, demonym or place. */
function isOpener(word: string, articleWords: ReadonlySet<string>): boolean {
  if (isHyphenInitials(word)) return true;
  const lower = word.toLowerCase();
  if (!/^\p{Lu}[\p{Ll}\p{M}’']+(?:-\p{Lu}?[\p{Ll}\p{M}’']+)*$/u.test(word) || articleWords.has(lower) || isFunctionWord(word) || isDemonym(word) || isKnownPlace(word)) return false;
  if (PLACE_MODIFIERS.has(lower) || HONORIFICS.has(lower) || TITLE_WORDS.has(lower) || isActorNoun(lower)) return false;
  return isFirstName(word) || !lexiconTags(word).some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative');
}
