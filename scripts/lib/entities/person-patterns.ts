/**
 * Person-name rules: what a personal name looks like, how titles in front of it
 * ("Education Secretary", "Sen.", "Professor") come off, and which shorter forms
 * ("Jones", "Le Grand", "Kathy") a full name can later be referred to by.
 */
import { isActorNoun, isCommonWord, isFirstName, isKnownPlace, isLastName, isWordGivenName, lexiconTags } from './lexicon.ts';
import { isGaelicLink } from './name-shapes.ts';
import type { Token } from './tokenize-segment.ts';
import { isAcronym } from './find-acronyms.ts';
import { CLUB_HEADS, COMPANY_HEADS, FACILITY_HEADS, HONORIFICS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PUBLICATION_HEADS, TITLE_WORDS } from './word-lists.ts';

/** A name with the title words that stood in front of it. */
export interface TitledName {
  /** Tokens before the name (title words, or an organisation name). */
  prefix: Token[];
  name: Token[];
  /** The honorific directly before the name, as written without a full stop ("Dr", "Sen"). */
  honorific: string | null;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const FOREIGN_PREPOSITIONS = new Set(['sans', 'sin', 'sem', 'ohne', 'für', 'pour', 'avec', 'sur', 'und', 'et', 'per', 'senza']);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'upon']);
// Honorifics that are also ordinary words: before one ordinary word they make a phrase ("General Meeting", "Representative List").
const WORD_HONORIFICS = new Set(['general', 'representative', 'major', 'speaker', 'coach', 'father', 'canon', 'dean', 'justice', 'deputy', 'madam', 'commander', 'inspector', 'constable', 'superintendent']);

const NO_WORDS: ReadonlySet<string> = new Set();

const bare = (token: Token | undefined): string => (token?.text ?? '').toLowerCase().replace(/\.$/, '');

// "Tan Sri", "Puan Sri", "Datuk Seri": Malay titles of two words whose second ("Sri") also opens place names ("Sri Lanka").
const COMPOUND_HONORIFIC_LEADS = new Set(['tan', 'puan', 'toh', 'datuk', 'dato', 'datin']);

/** True when the token at `i` ends a two-word honorific ("Tan Sri", "Datuk Seri"). */
export function endsCompoundHonorific(tokens: readonly Token[], i: number): boolean {
  return /^(?:sri|seri)$/.test(bare(tokens[i])) && i > 0 && COMPOUND_HONORIFIC_LEADS.has(bare(tokens[i - 1]));
}

const ROYAL_TITLES = new Set(['queen', 'king', 'prince', 'princess', 'saint', 'st', 'sultan', 'emperor', 'empress']);
const AWARD_HEADS = new Set(['competition', 'prize', 'award', 'awards', 'cup', 'trophy', 'medal', 'memorial', 'lecture', 'fellowship', 'scholarship']);

/** A last word that makes a royal's or saint's name the name of a place, a body or an award. */
function isEponymHead(word: string): boolean {
  return PLACE_HEADS.has(word) || ORG_HEADS.has(word) || COMPANY_HEADS.has(word) || AWARD_HEADS.has(word);
}

/** "Md Shafiqul Islam", "Mohd Rizal": written "Md" (not "MD", a managing director), it abbreviates Mohammad and opens a name. */
export function isMohammadAbbreviation(word: string): boolean {
  return /^(?:Md|Mohd|Muhd)\.?$/.test(word);
}

/** True for honorifics and job-title words that can stand before a name. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  // Plural person nouns ("Carers", "Friends") describe groups and never stand before one name.
  return HONORIFICS.has(w) || (TITLE_WORDS.has(w) && !CONNECTORS.has(w)) || (isActorNoun(w) && !lexiconTags(w).includes('Plural'));
}

/**
 * True when `tokens` read as a personal name: 1-5 capitalised words (lower-case particles
 * inside allowed), no title words, no organisation or place heads after an unknown first word.
 * @param single allow a one-word name (after an honorific: "Mr Timpson", "President Biden")
 */
export function looksLikeName(tokens: readonly Token[], single: boolean): boolean {
  if (tokens.length === 0 || tokens.length > 5 || (tokens.length === 1 && !single)) return false;
  const first = tokens[0] as Token;
  const last = tokens.at(-1) as Token;
  if (!/^\p{Lu}/u.test(first.text) || !(/^\p{Lu}/u.test(last.text) || isGaelicLink(tokens, tokens.length - 1))) return false;
  // "Forest & Bird", "Ant & Dec": an ampersand joins bodies or acts, never one person's names.
  if (tokens.some((t) => t.text === '&')) return false;
  for (const [i, t] of tokens.entries()) {
    const lower = bare(t);
    if (/^\p{Ll}/u.test(t.text) && !NAME_PARTICLES.has(lower) && !isGaelicLink(tokens, i)) return false;
    // "Médecins Sans Frontières", "Ärzte ohne Grenzen": a foreign preposition inside makes a body's name.
    if (i > 0 && i < tokens.length - 1 && FOREIGN_PREPOSITIONS.has(lower)) return false;
    // ("Jose dela Cruz III": a generational numeral after the family name is no acronym.)
    if (/\d/.test(t.text) || (isAcronym(t.text) && !(i === 0 && t.text.length <= 3) && !(i > 1 && SUFFIXES.has(lower)))) return false;
    // Titles stand before a name; as the last word they are a surname ("Ollie Pope", "John Major").
    const final = i === tokens.length - 1 && tokens.length > 1;
    if (isTitleWord(lower) && !final && !(i > 0 && isFirstName(first.text)) && !SUFFIXES.has(lower) && !(i === 0 && isMohammadAbbreviation(t.text))) return false;
  }
  // "Financial Officer", "Operating Officer": ordinary words before a title are the rest of a job title.
  if (tokens.length > 1 && isTitleWord(bare(last)) && tokens.slice(0, -1).every((t) => isCommonWord(t.text, NO_WORDS) && !isFirstName(t.text) && !isLastName(t.text))) return false;
  const head = bare(last);
  const heads = ORG_HEADS.has(head) || COMPANY_HEADS.has(head) || CLUB_HEADS.has(head) || PUBLICATION_HEADS.has(head) || PLACE_HEADS.has(head);
  // ("Holly Lane", "Rose Garden": a given name that is also a word does not outweigh a place's head.)
  return !(heads && (!isFirstName(first.text) || isWordGivenName(first.text))) && !(tokens.length > 1 && FACILITY_HEADS.has(head));
}

/**
 * Separates a leading title or organisation from the personal name after it:
 * "Education Secretary Justine Greening", "Sen. John Cornyn", "Association of ... Services Alan Wood".
 * @param isOrganisation tells whether a token run is an organisation name
 * @returns null when no such split exists
 */
export function splitTitledName(tokens: readonly Token[], isOrganisation: (run: readonly Token[]) => boolean): TitledName | null {
  for (let i = 1; i < tokens.length; i++) {
    const start = tokens[i] as Token;
    // "Mr ap Dafydd", "Ms du Preez": a particle may open the surname after an honorific.
    const particleAfterHonorific = NAME_PARTICLES.has(start.text) && HONORIFICS.has(bare(tokens[i - 1])) && i + 1 < tokens.length;
    if (CONNECTORS.has(start.text) || (NAME_PARTICLES.has(start.text) && !particleAfterHonorific)) continue;
    const prefix = tokens.slice(0, i);
    const name = tokens.slice(i);
    const previous = bare(tokens[i - 1]);
    // "King's College London", "Queen's University": a possessive title owns a body's name, it is no one's title.
    if (tokens[i - 1]?.possessive) continue;
    if (isMohammadAbbreviation(tokens[i - 1]?.text ?? '')) continue;
    const honorific = HONORIFICS.has(previous) || endsCompoundHonorific(tokens, i - 1);
    // "Queen Elizabeth Hall", "King Fahd Hospital", "Prince Albert Prize": a royal's name given to a place, body or award.
    if (ROYAL_TITLES.has(previous) && name.length >= 2 && isEponymHead(bare(name.at(-1)))) continue;
    // "Annual General Meeting", "the Representative List": a word honorific before one ordinary word.
    if (name.length === 1 && WORD_HONORIFICS.has(previous) && isOrdinaryNoun(start.text)) continue;
    const nameShape = particleAfterHonorific ? looksLikeName(name.slice(1), true) : looksLikeName(name, honorific);
    if ((honorific || isTitleWord(previous)) && nameShape) {
      return { prefix, name, honorific: honorific ? (tokens[i - 1] as Token).text.replace(/\.$/, '') : null };
    }
    if (name.length >= 2 && isFirstName(start.text) && looksLikeName(name, false) && isOrganisation(prefix)) {
      return { prefix, name, honorific: null };
    }
  }
  return null;
}

/**
 * True when the run has the shape of a name of someone not otherwise known:
 * not every word an ordinary English word, not a known place.
 */
export function plausibleUnknownName(tokens: readonly Token[], articleWords: ReadonlySet<string>): boolean {
  if (!looksLikeName(tokens, false)) return false;
  const words = tokens.filter((t) => !NAME_PARTICLES.has(t.text));
  if (isKnownPlace(words.map((t) => t.text).join(' '))) return false;
  if (words.some((t) => isKnownPlace(t.text) && !isFirstName(t.text))) return false;
  return words.filter((t) => isCommonWord(t.text, articleWords)).length < Math.max(1, words.length - 1) || isFirstName(words[0]?.text ?? '');
}

/**
 * Forms a full name can later appear as: every tail from the second word on ("Le Grand",
 * "Grand"), which stand for the surname, and the given name.
 * @returns lower-case forms; `given` is separate because it is weaker evidence
 */
export function personShortForms(name: string): { surnames: string[]; given: string | null } {
  const words = name.split(' ').filter((w) => !SUFFIXES.has(w.toLowerCase().replace(/\.$/, '')));
  if (words.length < 2) return { surnames: [name.toLowerCase()], given: null };
  const surnames = words.slice(1).map((_, k) => words.slice(k + 1).join(' ').toLowerCase()).filter((f) => !NAME_PARTICLES.has(f));
  // "Arceo Jr." names the son alone: the surname with its suffix is a form of its own.
  const all = name.split(' ');
  if (all.length > words.length && all.length >= 3) surnames.push(...[all.slice(-2).join(' '), all.slice(-2).join(' ').replace(/\.$/, '')].map((f) => f.toLowerCase()));
  return { surnames: [...new Set(surnames)], given: (words[0] ?? '').toLowerCase() };
}

/** An ordinary noun or verb that is not also a known name ("Meeting", "List", not "Brown"). */
function isOrdinaryNoun(word: string): boolean {
  return isCommonWord(word, NO_WORDS) && !lexiconTags(word).includes('Adjective') && !isFirstName(word) && !isLastName(word);
}
