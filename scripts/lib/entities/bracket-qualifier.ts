/**
 * Bracketed qualifiers that belong to a name: "Janata Dal (United)", "Shiv Sena (UBT)",
 * "Communist Party of India (Marxist)". Not a defined acronym ("Telugu Desam Party (TDP)"),
 * a wire credit ("WASHINGTON (AP)"), a ticker ("(AMZN.O)") or a person's party ("Jane Smith (Labour)").
 */
import { matchesInitials, matchesLoosely, isAcronym } from './find-acronyms.ts';
import { isCommonWord, isDemonym, isFirstName, isKnownPlace } from './lexicon.ts';
import type { Token } from './tokenize-segment.ts';
import { NON_ENTITY_WORDS, PARTY_NAMES } from './word-lists.ts';

/**
 * The token after a run when it is a bracketed qualifier of the run's name, extended over the
 * closing bracket; otherwise null.
 * @param run token indices of the capitalised run
 */
export function bracketQualifier(tokens: readonly Token[], run: readonly number[], text: string, articleWords: ReadonlySet<string>): Token | null {
  const last = tokens[run.at(-1) ?? -1];
  const next = tokens[(run.at(-1) ?? -1) + 1];
  const first = tokens[run[0] ?? -1];
  if (!last || !next || !first || text.slice(last.fullEnd, next.start) !== ' (' || text[next.end] !== ')' || last.possessive) return null;
  const words = run.map((k) => tokens[k]?.text ?? '');
  const word = next.text;
  if (words.every((w) => w === w.toUpperCase()) || isFirstName(first.text) || !/^\p{Lu}/u.test(word) || /[.\d]/.test(word)) return null;
  const lower = word.toLowerCase();
  if (PARTY_NAMES.has(lower) || NON_ENTITY_WORDS.has(lower) || isDemonym(word) || isKnownPlace(word)) return null;
  // "Market Abuse Regulation (EU)": a law's bracket says whose law it is, and a law is no body.
  if (NON_ENTITY_WORDS.has((words.at(-1) ?? '').toLowerCase())) return null;
  // "Thandiwe Ngubane-Ntuli of the Democratic Alliance (DA)": the acronym defines the run's tail.
  const acronym = isAcronym(word) && words.length >= 2 && !words.some((_, k) => matchesInitials(word, words.slice(k)) || matchesLoosely(word, words.slice(k)));
  if (!acronym && !isCommonWord(word, articleWords)) return null;
  return { ...next, text: `${word})`, end: next.end + 1, fullEnd: next.end + 1, possessive: false };
}
