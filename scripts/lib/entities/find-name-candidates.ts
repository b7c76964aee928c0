/**
 * Finds capitalised word sequences ("Association of Directors of Children's Services",
 * "Julian Le Grand", "G4S") in one segment: the raw material every entity rule works on.
 * Fast and dependency-free; deciding what a sequence is happens in classify-candidate.
 */
import type { Segment } from '../types.ts';
import { isFirstName, isKnownPlace, isLastName, lexiconTags } from './lexicon.ts';
import { isSyllableGivenName } from './name-shapes.ts';
import { isAbbreviation, tokenizeSegment, type Token } from './tokenize-segment.ts';
import { bracketQualifier } from './bracket-qualifier.ts';
import { markLists } from './mark-lists.ts';
import { isPortfolioWord } from './org-patterns.ts';
import { splitAtAnd } from './split-at-and.ts';
import { CALENDAR_WORDS, CLUB_HEADS, COMPANY_HEADS, HONORIFICS, LEADING_ORG_HEADS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, ROMANCE_LINKS } from './word-lists.ts';

/** A capitalised sequence and what surrounds it. */
export interface Candidate {
  paragraph: number;
  segmentKind: Segment['kind'];
  /** Full text of the segment the candidate is in. */
  segmentText: string;
  /** The sequence's tokens, connectors ("of", "and", "&", particles) included. */
  tokens: Token[];
  /** All tokens of the segment, for context rules. */
  segmentTokens: Token[];
  /** Index of the first token in `segmentTokens`. */
  index: number;
  /** Id of the coordinated list ("A, B and C") the candidate belongs to, or -1. */
  list: number;
  /** The list is introduced by "such as" / "including" after an organisation noun. */
  orgList: boolean;
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const TIME_BEFORE = /^(?:in|last|next|since|until|from|early|late|mid|by|during|this|before|after|on|of|between)$/i;
// "Te Rūnanga o Ngāti Kōwhai": Māori "o" is "of".
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'upon', 'o']);
const ON_HEADS = new Set(['committee', 'subcommittee', 'commission', 'council', 'panel', 'inquiry', 'conference', 'forum', 'taskforce']);
// "National Institute on Aging", "Office on Drugs and Crime": these heads take "on" only before a field of work, not a street.
const FIELD_ON_HEADS = new Set(['institute', 'institutes', 'centre', 'center', 'office', 'alliance', 'coalition', 'caucus', 'network', 'foundation']);
// "Mac an t-Saoir", "Nic a' Phearsain": a Gaelic patronymic with the article inside.
const GAELIC_PATRONYMIC = /^(?:Mac|Nic|Mhic|Ni|Ní)$/;
const NUMBERED = new Set(['radio', 'channel', 'formula']);

/**
 * Finds the capitalised sequences of one segment.
 * @param articleWords lower-case words the article writes in lower case
 * @param tokens the segment's tokens, when already computed
 */
export function findNameCandidates(segment: Segment, articleWords: ReadonlySet<string>, tokens = tokenizeSegment(segment.text)): Candidate[] {
  const text = segment.text;
  const nameish = tokens.map((_, i) => isNameish(tokens, i, text));
  const runs: number[][] = [];
  const closed = new Map<number, Token>();
  for (let i = 0; i < tokens.length; i++) {
    if (!nameish[i]) continue;
    const run = [i];
    let j = i;
    for (;;) {
      const step = LEADING_ORG_HEADS.has(tokens[i]?.text.toLowerCase() ?? '') ? romanceTail(tokens, nameish, j, text) : [];
      if (step.length === 0) step.push(...nextStep(tokens, nameish, j, text, articleWords));
      if (step.length === 0) break;
      run.push(...step);
      j = step.at(-1) ?? j;
    }
    const parts = splitAtAnd(run, tokens, articleWords, text);
    const qualifier = bracketQualifier(tokens, parts.at(-1) ?? [], text, articleWords);
    if (qualifier) {
      parts.at(-1)?.push(++j);
      closed.set(j, qualifier);
    }
    runs.push(...parts);
    i = j;
  }
  const candidates = runs.map((run) => ({
    paragraph: segment.paragraph,
    segmentKind: segment.kind,
    segmentText: text,
    tokens: run.map((k) => closed.get(k) ?? (tokens[k] as Token)),
    segmentTokens: tokens,
    index: run[0] ?? 0,
    list: -1,
    orgList: false,
  }));
  return markLists(mergeLeadingLists(mergeListedNames(candidates, text, articleWords), text, articleWords), text);
}

/** Heads that may close a name listing portfolios before them ("Environment, Food and Rural Affairs Committee"). */
const LIST_CLOSING_HEADS = new Set(['committee', 'subcommittee', 'commission', 'ministry']);

/**
 * "Environment, Food and Rural Affairs Committee", "Senate Commerce, Science and Transportation
 * Committee": portfolios listed with commas before a committee's or department's head, the last
 * with "and", belong to it. Each item before the last is at most three portfolio words (the first
 * may open with a chamber's name); places are never portfolios, so "Wales, Scotland and Northern
 * Ireland Office" stays three names.
 */
function mergeLeadingLists(candidates: Candidate[], text: string, articleWords: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  // The first item may open with a chamber's name ("Senate Commerce"): only its last word need be a portfolio.
  const opensList = (c: Candidate) => c.tokens.length <= 3 && isPortfolio(c.tokens.slice(-1), articleWords);
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i] as Candidate;
    let j = i;
    let closed = -1;
    while (j + 1 < candidates.length && (j === i ? opensList(first) : isPortfolio((candidates[j] as Candidate).tokens, articleWords))) {
      const next = candidates[j + 1] as Candidate;
      const gap = text.slice(candidates[j]?.tokens.at(-1)?.fullEnd ?? 0, next.tokens[0]?.start ?? 0);
      if (gap !== ', ') break;
      const words = next.tokens.map((t) => t.text.toLowerCase());
      if (words.includes('and') && LIST_CLOSING_HEADS.has(words.at(-1) ?? '') && isPortfolio([next.tokens[0] as Token], articleWords)) {
        closed = j + 1;
        break;
      }
      j++;
    }
    if (closed > i) {
      out.push({ ...first, tokens: candidates.slice(i, closed + 1).flatMap((c) => c.tokens) });
      i = closed;
    } else out.push(first);
  }
  return out;
}

/**
 * "Department for Levelling Up, Housing and Communities": ordinary words listed with commas and
 * a final "and" after a "Head for/of X" name belong to it.
 */
function mergeListedNames(candidates: Candidate[], text: string, articleWords: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const head = candidates[i] as Candidate;
    const words = head.tokens.map((t) => t.text.toLowerCase());
    const headOf = words.some((w, k) => (ORG_HEADS.has(w) || w === 'secretary') && /^(?:of|for|on)$/.test(words[k + 1] ?? ''));
    let j = i;
    let closed = false;
    while (headOf && !closed && j + 1 < candidates.length) {
      const next = candidates[j + 1] as Candidate;
      const gap = text.slice(candidates[j]?.tokens.at(-1)?.fullEnd ?? 0, next.tokens[0]?.start ?? 0);
      // "Foundation of Korea and the European Union": "the" before a body's own head starts a second name.
      const ownBody = /\bthe\s+$/.test(gap) && ORG_HEADS.has(next.tokens.at(-1)?.text.toLowerCase() ?? '');
      // ("Department of Climate Change, Energy, the Environment and Water": "the" may open a listed portfolio.)
      if (!/^,\s+(?:the\s+)?$|^,?\s+and\s+(?:the\s+)?$/.test(gap) || !isPortfolio(next.tokens, articleWords) || ownBody) break;
      closed = /and/.test(gap);
      j++;
    }
    if (j > i && closed) {
      out.push({ ...head, tokens: candidates.slice(i, j + 1).flatMap((c) => c.tokens) });
      i = j;
    } else out.push(head);
  }
  return out;
}

/**
 * A listed portfolio ("Islands", "Rural Affairs", "Climate"): up to three words, each a portfolio
 * word or (in a one-word item) a word the lexicon does not know; never a given name, family name or place.
 */
function isPortfolio(tokens: readonly Token[], articleWords: ReadonlySet<string>): boolean {
  if (tokens.length > 3) return false;
  const unknown = (t: Token): boolean => lexiconTags(t.text).length === 0 && !/\p{Lu}{2}/u.test(t.text) && !isLastName(t.text) && !isKnownPlace(t.text);
  const portfolio = tokens.filter((t) => isPortfolioWord(t.text, articleWords));
  if (tokens.some((t) => isFirstName(t.text) || isKnownPlace(t.text))) return false;
  return portfolio.length === tokens.length || (portfolio.length >= 1 && tokens.every((t) => isPortfolioWord(t.text, articleWords) || unknown(t))) || (tokens.length === 1 && unknown(tokens[0] as Token));
}

function isNameish(tokens: Token[], i: number, text: string): boolean {
  const token = tokens[i] as Token;
  const word = token.text;
  // No word of a real name runs past 40 letters ("Llanfairpwllgwyngyll…" is 58, but a place): a run-on word is noise.
  if (token.inUrl || word.length > 40) return false;
  if (/^\p{Lu}/u.test(word)) {
    // "An Post", "An Comunn Gàidhealach": inside a sentence a capital "An" before a capital is an Irish or Gaelic article.
    // ("An Bord Pleanála has refused": at a sentence's start only before an Irish body's head word.)
    const after = tokens[i + 1]?.text ?? '';
    if (word === 'An' && (!token.initial || LEADING_ORG_HEADS.has(after.toLowerCase())) && /^\p{Lu}/u.test(after) && text.slice(token.end, tokens[i + 1]?.start) === ' ') return true;
    if (/^(?:The|A|An|I)$/.test(word) && text[token.end] !== '.') return false;
    // "I'm stuck", "any chief I've worked with": the pronoun, contracted.
    if (/^I['’](?:m|ve|ll|d)$/u.test(word)) return false;
    // "Sen. Cal Brekke, R-Orange City,", "(D-Calif.)": a US legislator's party and home, no name.
    if (/^[RDI]-\p{Lu}/u.test(word) && /(?:,\s|\()$/u.test(text.slice(Math.max(0, token.start - 2), token.start))) return false;
    // "Leeds-based", "Irish-language", "U-turn": adjectives, not names.
    // ("Park Ji-hoon", "Hyun-woo Baek": a two-syllable given name beside another name word is a name.)
    if (/-\p{Ll}+$/u.test(word)) return isSyllableGivenName(word) && besideCapital(tokens, i, text);
    if (WEEKDAYS.test(word)) return false;
    if (CALENDAR_WORDS.has(word.toLowerCase()) && isDateUse(tokens, i)) return false;
    return true;
  }
  return /^\p{N}+\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

// English words that end a Romance-language name's lower-case tail: the sentence has gone on.
const ENGLISH_BREAKS = new Set(['the', 'of', 'and', 'which', 'who', 'that', 'said', 'says', 'is', 'was', 'has', 'have', 'had', 'to', 'in', 'at', 'on', 'for', 'with', 'a', 'an', 'as', 'by', 'from', 'will', 'would', 'it', 'its']);

/**
 * "Association québécoise des garderies privées", "Confédération des syndicats nationaux": after a
 * leading Romance head, lower-case words up to seven, holding a linking word ("des", "du", "en"),
 * belong to the name, with the capitalised word a final link leads to ("... du Québec").
 */
function romanceTail(tokens: Token[], nameish: boolean[], j: number, text: string): number[] {
  const out: number[] = [];
  for (let k = j + 1; k <= j + 7; k++) {
    const token = tokens[k];
    const previous = tokens[k - 1] as Token;
    if (!token || text.slice(previous.fullEnd, token.start) !== ' ' || previous.possessive) break;
    if (nameish[k] && out.length > 0 && ROMANCE_LINKS.has(tokens[k - 1]?.text ?? '')) {
      out.push(k);
      break;
    }
    if (!/^\p{Ll}/u.test(token.text) || ENGLISH_BREAKS.has(token.text)) break;
    out.push(k);
  }
  while (out.length > 0 && ROMANCE_LINKS.has(tokens[out.at(-1) ?? -1]?.text ?? '')) out.pop();
  const lower = out.filter((k) => /^\p{Ll}/u.test(tokens[k]?.text ?? ''));
  return lower.some((k) => ROMANCE_LINKS.has(tokens[k]?.text ?? '')) ? out : [];
}

/** True when a capitalised word stands right before or after token `i`, one space away. */
function besideCapital(tokens: Token[], i: number, text: string): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const token = tokens[i] as Token;
  const capital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);
  return (capital(before) && text.slice(before?.fullEnd, token.start) === ' ') || (capital(after) && text.slice(token.end, after?.start) === ' ');
}

/** "June 5", "5 June", "in March": a month, not a given name. */
function isDateUse(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  const after = tokens[i + 1]?.text ?? '';
  return /^\d/.test(before) || /^\d/.test(after) || TIME_BEFORE.test(before) || !/^(?:april|may|june)$/i.test(tokens[i]?.text ?? '');
}

/** The token indices that extend a run ending at `j`: a name word, or connector + name word. */
function nextStep(tokens: Token[], nameish: boolean[], j: number, text: string, articleWords: ReadonlySet<string>): number[] {
  const here = tokens[j] as Token;
  const next = tokens[j + 1];
  // Bartholomew "Bart" Nwosu: a quoted nickname between the given name and the family name.
  const third = tokens[j + 2];
  // (Mmabatho "Mama B" Seleke: a nickname of up to three words.)
  if (next && nameish[j + 1] && /^\s+["“‘]$/.test(text.slice(here.fullEnd, next.start)) && !here.possessive) {
    for (let k = j + 1; k <= j + 3 && nameish[k]; k++) {
      const after = tokens[k + 1];
      if (after && nameish[k + 1] && /^["”’]\s+$/.test(text.slice((tokens[k] as Token).fullEnd, after.start))) return Array.from({ length: k + 1 - j }, (_, n) => j + 1 + n);
      if (!after || text.slice((tokens[k] as Token).fullEnd, after.start) !== ' ') break;
    }
  }
  // "Kapiri Haulage (Pty) Ltd", "Sahyadri Foods (Private) Limited": a bracketed legal form before the suffix.
  if (next && third && /^(?:Pvt|Pty|Private|Proprietary)$/.test(next.text) && text.slice(here.fullEnd, next.start) === ' (' && text.slice(next.end, third.start) === ') ' && /^(?:Ltd|Limited)$/.test(third.text)) {
    return [j + 1, j + 2];
  }
  if (next && third && GAELIC_PATRONYMIC.test(here.text) && /^(?:an|na|a’|a')$/.test(next.text + (text[next.end] === '’' || text[next.end] === "'" ? text[next.end] : '')) && /^(?:[th]-)?\p{Lu}/u.test(third.text) && /^ +$/.test(text.slice(here.end, next.start))) {
    return [j + 1, j + 2];
  }
  if (!next || !joinable(here, next, text, articleWords, third, tokens[j - 1])) return [];
  // "the University of Tasmania's Institute for …", "the Bank of England's Monetary Policy Committee": a "Head of X" name owns the next body.
  if (here.possessive && ownedByHeadOf(tokens, j)) return [];
  // "Off The Kerb", "Dancing on The Edge": a capital "The" inside a run belongs to the name.
  if (next.text === 'The' && !next.initial && third && nameish[j + 2] && joinable(next, third, text, articleWords)) return [j + 1, j + 2];
  if (nameish[j + 1]) return [j + 1];
  if (NUMBERED.has(here.text.toLowerCase()) && /^\d{1,2}$/.test(next.text)) return [j + 1];
  if (/^(?:plc|ltd|llc|llp|inc)$/.test(next.text)) return [j + 1];
  const word = next.text.toLowerCase();
  const after = tokens[j + 2];
  if (!after || !joinable(next, after, text, articleWords)) return [];
  if ((word === 'of' || word === 'for') && after.text === 'the') {
    const third = tokens[j + 3];
    return third && nameish[j + 3] && joinable(after, third, text, articleWords) ? [j + 1, j + 2, j + 3] : [];
  }
  // "Bia an Chladaigh Teo", "Ros an Mhíl": the Irish article before a lenited noun belongs to the name.
  if (next.text === 'an' && /^(?:[BCDFGMPST]h\p{Ll}|t-\p{Lu}|h\p{Lu})/u.test(after.text) && nameish[j + 2]) return [j + 1, j + 2];
  if (next.text === word && NAME_PARTICLES.has(word)) {
    // "Ursula von der Leyen": a run of lower-case particles before a name word.
    let k = j + 1;
    while (k < j + 4 && NAME_PARTICLES.has(tokens[k]?.text ?? '') && tokens[k + 1] && joinable(tokens[k] as Token, tokens[k + 1] as Token, text, articleWords)) k++;
    return nameish[k] && k > j + 1 ? Array.from({ length: k - j }, (_, n) => j + 1 + n) : [];
  }
  if (!nameish[j + 2]) return [];
  const field = FIELD_ON_HEADS.has(here.text.toLowerCase()) && isPortfolioWord(after.text, articleWords) && !PLACE_HEADS.has((tokens[j + 3]?.text ?? '').toLowerCase());
  if (CONNECTORS.has(word) && (word !== 'on' || ON_HEADS.has(here.text.toLowerCase()) || field)) return [j + 1, j + 2];
  // "Wester Ross Hospice at Home", "University at Buffalo": "at" inside a name only after a body's head.
  // ("the Bank at Canary Wharf": a longer name after "at" is a place.)
  // ("University of Hawaiʻi at Mānoa", "University of California at Berkeley": a campus after a "Head of Place" name.)
  const headOfPlace = /^(?:university|college)$/i.test(tokens[j - 2]?.text ?? '') && tokens[j - 1]?.text === 'of';
  if (word === 'at' && headOfPlace) return nameish[j + 3] && !nameish[j + 4] && joinable(after, tokens[j + 3] as Token, text, articleWords) ? [j + 1, j + 2, j + 3] : nameish[j + 3] ? [] : [j + 1, j + 2];
  if (word === 'at' && ORG_HEADS.has(here.text.toLowerCase()) && !isKnownPlace(after.text) && !nameish[j + 3]) return [j + 1, j + 2];
  return [];
}

/** "University of the Sunshine Coast's": the possessive word ends a "Head of X" name begun a few words before. */
function ownedByHeadOf(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(1, j - 5); k--) {
    const word = tokens[k]?.text ?? '';
    if (/^(?:of|for)$/.test(word)) return ORG_HEADS.has(tokens[k - 1]?.text.toLowerCase() ?? '');
    if (word !== 'the' && !/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

function joinable(a: Token, b: Token, text: string, articleWords: ReadonlySet<string>, c?: Token, before?: Token): boolean {
  // "St Hild's CE Academy", "St Aidan's Church of England School": a saint's name owns what follows it.
  const saint = before !== undefined && /^(?:St|Saint|Ss|Sts)$/.test(before.text) && /^\p{Lu}/u.test(b.text);
  if (a.possessive && !isPluralNoun(a) && !saint && !possessiveInName(a, b, c)) return false;
  const gap = text.slice(a.fullEnd, b.start);
  if (/^[ \t\u00a0]*\n?[ \t\u00a0]*$/.test(gap) && gap.length > 0) return true;
  const lower = a.text.toLowerCase();
  // "Dr. Jones", "St. Louis", "George W. Bush", "J.K. Rowling".
  // "Hanbit Semiconductor Co. Ltd", "Acme Corp. Inc.": a company-form abbreviation before another one.
  if (/^\.[ \t\u00a0]+$/.test(gap) && /^(?:co|corp|inc|bros)$/.test(lower) && /^(?:ltd|limited|inc|llc|plc|pte|pvt|bhd|sdn|corp|co)\b/i.test(b.text)) return true;
  return /^\.[ \t\u00a0]+$/.test(gap) && isAbbreviation(a) && (HONORIFICS.has(lower) || lower === 'st' || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(a.text));
}

/** "Children's Services", "Workers' Party": a plural possessive can sit inside a name; "Institute's" cannot. */
function isPluralNoun(token: Token): boolean {
  if (token.fullEnd === token.end + 1) return true;
  return lexiconTags(token.text).includes('Plural') || /^(?:children|women|men|people)$/i.test(token.text);
}

/** "King's Fund", "St Thomas' Hospital": a possessive word before an organisation head, itself no head. */
function possessiveInName(a: Token, b: Token, c?: Token): boolean {
  const isHead = (w: string): boolean => ORG_HEADS.has(w.toLowerCase()) || COMPANY_HEADS.has(w.toLowerCase()) || CLUB_HEADS.has(w.toLowerCase());
  // "Cook County State's Attorney's Office": a chain of possessives ending in a head.
  const chained = b.possessive && /^\p{Lu}/u.test(b.text) && c !== undefined && isHead(c.text);
  // "Queen's Medical Centre", "Lloyd's Banking Group": a title or given name owns a one-word-longer name.
  const titled = (HONORIFICS.has(a.text.toLowerCase()) || isFirstName(a.text)) && /^\p{Lu}/u.test(b.text) && c !== undefined && isHead(c.text);
  return (isHead(b.text) || chained || titled) && !isHead(a.text) && !/\p{Lu}{2}/u.test(a.text);
}

