/**
 * Acronyms: recognising one ("ADCS", "DfE", "G4S"), finding where the text defines
 * one ("Association of Directors of Children's Services (ADCS)"), and testing whether
 * an acronym spells a full name's initials, with function words as optional letters
 * (D-f-E = Department for Education).
 */
import type { Token } from './tokenize-segment.ts';
import { COMPANY_HEADS, LEADING_ORG_HEADS, ORG_HEADS } from './word-lists.ts';

/** A definition "Full Name (ACR)" or "ACR (Full Name)" found in a segment. */
export interface AcronymDefinition {
  acronym: string;
  /** Offsets of the acronym inside the segment text. */
  acronymStart: number;
  acronymEnd: number;
  /** The full name as written (may contain commas: "Levelling Up, Housing and Communities"). */
  name: string;
  nameStart: number;
  nameEnd: number;
}

const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', '&', 'on', 'in', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'y', 'und', 'et']);
const MAX_DEFINITION_WORDS = 14;

/** True for a token written like an acronym: 2-7 characters, at least two capitals, few lower-case letters. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[.&]/g, '');
  if (letters.length < 2 || letters.length > 7 || !/^\p{Lu}/u.test(word)) return false;
  const upper = (letters.match(/[\p{Lu}\p{N}]/gu) ?? []).length;
  const lower = (letters.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 2 && lower <= 1 && (lower === 0 || letters.length <= 4);
}

/**
 * True when `acronym` spells the initials of `words`. Content words must each give the
 * next letter; function words may give one or be skipped; a trailing "and X" may be left
 * out of the acronym ("CDC" = Centers for Disease Control [and Prevention]).
 */
export function matchesInitials(acronym: string, words: readonly string[]): boolean {
  const letters = [...acronym.replace(/[.\s]/g, '')];
  if (letters.length < 2 || words.length < 2) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length < 2 && letters.length > content.length) return false;
  if (walk(letters, 0, words, 0)) return true;
  const and = words.lastIndexOf('and');
  return and > 1 && and >= words.length - 3 && walk(letters, 0, words.slice(0, and), 0);
}

function walk(letters: string[], li: number, words: readonly string[], wi: number): boolean {
  if (wi === words.length) return li === letters.length;
  const word = words[wi] ?? '';
  const letter = letters[li];
  const initial = (word[0] ?? '').toLowerCase();
  const gives = letter !== undefined && letter.toLowerCase() === initial;
  if (FUNCTION_WORDS.has(word.toLowerCase())) {
    return walk(letters, li, words, wi + 1) || (gives && walk(letters, li + 1, words, wi + 1));
  }
  if (!gives || !/^[\p{Lu}\p{N}]/u.test(word)) return false;
  if (walk(letters, li + 1, words, wi + 1)) return true;
  // "Zimbabwe Revenue Authority (ZIMRA)": a long acronym may take the first two or three letters of a word.
  for (let n = 2; n <= 3 && letters.length >= 4 && n < word.length; n++) {
    if (letters.slice(li, li + n).join('').toLowerCase() === word.slice(0, n).toLowerCase() && walk(letters, li + n, words, wi + 1)) return true;
  }
  // Compound words such as "GlaxoSmithKline" give one letter per internal capital.
  const humps = word.match(/\p{Lu}/gu) ?? [];
  return humps.length > 1 && humps.every((h, k) => letters[li + k]?.toLowerCase() === h.toLowerCase()) && walk(letters, li + humps.length, words, wi + 1);
}

/**
 * Finds acronym definitions in one segment: a bracketed acronym after a name whose
 * initials it spells, or a bracketed name after an acronym.
 * @param tokens the segment's tokens (from tokenizeSegment)
 */
export function findAcronymDefinitions(text: string, tokens: readonly Token[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  tokens.forEach((token, i) => {
    const open = text.slice(tokens[i - 1]?.fullEnd ?? 0, token.start);
    // "(Ialpa)", "(Hiqa)": British style writes pronounceable acronyms in title case.
    // "(ComReg)", "(FinCEN)": a syllable acronym keeps a capital for each word it takes letters from.
    // ("GMet": a capital letter for a word, then a syllable.)
    const syllabic = /^(?:\p{Lu}\p{Ll}{1,4}){2,3}$/u.test(token.text) || /^\p{Lu}{1,3}\p{Ll}{2,4}$/u.test(token.text);
    if (!/\($/.test(open) || !(isAcronym(token.text) || /^\p{Lu}\p{Ll}{2,6}$/u.test(token.text) || syllabic) || text[token.fullEnd] !== ')') return;
    const name = nameBefore(text, tokens, i - 1, token.text);
    if (name) out.push({ acronym: token.text, acronymStart: token.start, acronymEnd: token.end, ...name });
  });
  tokens.forEach((token, i) => {
    if (!isAcronym(token.text) || !/^\s*\($/.test(text.slice(token.fullEnd, tokens[i + 1]?.start ?? token.fullEnd))) return;
    const close = text.indexOf(')', token.fullEnd);
    const inner = tokens.filter((t) => t.start > token.fullEnd && t.end <= close);
    const first = inner[0];
    const last = inner.at(-1);
    if (!first || !last || close < 0) return;
    if (matchesInitials(token.text, inner.map((t) => t.text))) {
      out.push({ acronym: token.text, acronymStart: token.start, acronymEnd: token.end, name: text.slice(first.start, last.end), nameStart: first.start, nameEnd: last.end });
    }
  });
  return out;
}

/**
 * Acronyms defined by a phrase that opens in lower case: "delayed transfers of care (DToC)",
 * "the improved Better Care Fund (iBCF)". They name a measure or a scheme, never a body.
 */
export function findLowerCaseDefinitions(text: string, tokens: readonly Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const last = i - 1;
    const end = tokens[last];
    if (!end || !/^\s*\($/.test(text.slice(end.fullEnd, token.start)) || text[token.fullEnd] !== ')' || !/\p{Lu}.*\p{Lu}/u.test(token.text) || token.text.length > 7) return;
    for (let first = last; first >= 0 && last - first < MAX_DEFINITION_WORDS; first--) {
      const word = (tokens[first] as Token).text;
      if (first < last && /[.!?;:()“”"]/.test(text.slice((tokens[first] as Token).fullEnd, tokens[first + 1]?.start ?? 0))) break;
      if (!/^\p{Ll}/u.test(word) || FUNCTION_WORDS.has(word)) continue;
      const printed = tokens.slice(first, last + 1).map((t) => t.text);
      // ("clinical commissioning group (CCG)", "multi-academy trust (MAT)": a kind of body, which "the CCG" then names;
      // a fund introduced this way is a pot of money.)
      const head = (printed.at(-1) ?? '').toLowerCase();
      if (head !== 'fund' && (ORG_HEADS.has(head) || COMPANY_HEADS.has(head))) return;
      // (Capitalised words inside: "the improved Better Care Fund (iBCF)" only when the acronym, too, opens in lower case.)
      if (!/^\p{Ll}/u.test(token.text) && printed.some((w) => /^\p{Lu}/u.test(w))) continue;
      const words = printed.map((w) => (FUNCTION_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
      if (matchesInitials(token.text, words)) {
        out.push(token.text);
        return;
      }
    }
  });
  return out;
}

/** The longest run of words ending at token `last` whose initials spell `acronym`. */
function nameBefore(text: string, tokens: readonly Token[], last: number, acronym: string): Omit<AcronymDefinition, 'acronym' | 'acronymStart' | 'acronymEnd'> | null {
  const end = tokens[last];
  if (!end || !/^\s*\($/.test(text.slice(end.fullEnd, tokens[last + 1]?.start ?? end.fullEnd))) return null;
  let best: number | null = null;
  for (let first = last; first >= 0 && last - first < MAX_DEFINITION_WORDS; first--) {
    const token = tokens[first] as Token;
    if (first < last && /[.!?;:()“”"]/.test(text.slice(token.fullEnd, tokens[first + 1]?.start ?? token.fullEnd))) break;
    if (!/^[\p{Lu}\p{N}]/u.test(token.text) || FUNCTION_WORDS.has(token.text.toLowerCase())) continue;
    const words = tokens.slice(first, last + 1).map((t) => t.text);
    if (matchesInitials(acronym, words) || matchesSyllables(acronym, words)) best = first;
  }
  if (best === null) best = looseNameStart(text, tokens, last, acronym);
  if (best === null) return null;
  const start = (tokens[best] as Token).start;
  return { name: text.slice(start, end.end).replace(/\s+/g, ' '), nameStart: start, nameEnd: end.end };
}

/**
 * "Pakistan Stock Exchange (PSX)", "Ghana Meteorological Agency (GMet)": an acronym that takes
 * letters from inside words, after a whole capitalised run that holds a body's head word.
 * @returns the index of the run's first token, or null
 */
function looseNameStart(text: string, tokens: readonly Token[], last: number, acronym: string): number | null {
  let lowerInside = false;
  for (let first = last; first >= 0 && last - first < MAX_DEFINITION_WORDS; first--) {
    const token = tokens[first] as Token;
    if (first < last && (text.slice(token.fullEnd, tokens[first + 1]?.start ?? 0) !== ' ' || token.possessive)) break;
    const capital = /^[\p{Lu}\p{N}]/u.test(token.text);
    if (!capital && !FUNCTION_WORDS.has(token.text)) lowerInside = true;
    // ("Confédération des syndicats nationaux (CSN)": lower-case words only after a leading Romance head.)
    if (!capital || (lowerInside && !LEADING_ORG_HEADS.has(token.text.toLowerCase()))) continue;
    if (matchesLoosely(acronym, tokens.slice(first, last + 1).map((t) => t.text))) return first;
  }
  return null;
}

/**
 * True when `acronym` (two or more capitals) takes its first letter from the first word and the
 * rest, in order, from the letters of a name of two or more content words, one of them a body's head.
 */
export function matchesLoosely(acronym: string, words: readonly string[]): boolean {
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length < 2 || (acronym.match(/\p{Lu}/gu) ?? []).length < 2 || !/^\p{Lu}[\p{L}]{1,6}$/u.test(acronym)) return false;
  if (!content.some((w) => ORG_HEADS.has(w.toLowerCase()) || COMPANY_HEADS.has(w.toLowerCase()) || LEADING_ORG_HEADS.has(w.toLowerCase()))) return false;
  const letters = [...acronym.toLowerCase()];
  if (letters[0] !== (content[0] ?? '').charAt(0).toLowerCase()) return false;
  const rest = content.join(' ').toLowerCase().slice(1);
  let at = 0;
  for (const letter of letters.slice(1)) {
    at = rest.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "ComReg" = Commission for Communications Regulation: each capitalised syllable opens a
 * content word, in order, the first and last words included (middle words may be skipped).
 */
export function matchesSyllables(acronym: string, words: readonly string[]): boolean {
  const parts = acronym.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (parts.length < 2 || parts.some((p) => p.length < 2) || parts.join('') !== acronym || content.length < parts.length || content.length > parts.length + 2) return false;
  const opens = (word: string, part: string): boolean => word.toLowerCase().startsWith(part.toLowerCase());
  if (!opens(content[0] ?? '', parts[0] ?? '') || !opens(content.at(-1) ?? '', parts.at(-1) ?? '')) return false;
  let k = 1;
  for (const part of parts.slice(1, -1)) {
    while (k < content.length - 1 && !opens(content[k] ?? '', part)) k++;
    if (k >= content.length - 1) return false;
    k++;
  }
  return true;
}
