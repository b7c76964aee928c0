/**
 * Decides what one capitalised sequence is. Splits off titles ("Education Secretary
 * Michael Gove"), affiliations ("Ray Jones of Kingston University") and organisations
 * that run into a name, then weighs the name's shape against its context.
 */
import { actsAfter, appositionKind, followsThe, itAfter, textBefore, orgNounAround, orgRoleAfter, roleBefore, speechBefore, wordBefore } from './context-cues.ts';
import { isAcronym } from './find-acronyms.ts';
import type { Candidate } from './find-name-candidates.ts';
import { classifySingleWord } from './classify-single-word.ts';
import { foldWord, isAuxiliaryOrGerund, isCommonWord, isFirstName, isFunctionWord, isKnownOrganisation, isLastName } from './lexicon.ts';
import { isGenericOrgName, isPlacePhrase, isTitlePhrase, orgHeadClass } from './org-patterns.ts';
import { isTitleWord, looksLikeName, plausibleUnknownName, splitTitledName, type TitledName } from './person-patterns.ts';
import { nameOf, narrow, spanOf, type ClassifyContext, type Proposal } from './proposals.ts';
import type { Token } from './tokenize-segment.ts';
import { NON_ENTITY_WORDS, NON_ORG_ACRONYMS, ORG_HEADS, PARTY_NAMES } from './word-lists.ts';

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'upon']);
const POST_NOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'mla', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd', 'jr', 'sr']);
const TRAILING_DOT = /^(?:inc|corp|co|ltd|jr|sr|bros)$/i;
const INSTITUTION_PHRASES = new Map([['white house', 'White House']]);

/** Classifies one candidate into zero or more proposals, in text order. */
export function classifyCandidate(c: Candidate, ctx: ClassifyContext): Proposal[] {
  if (c.tokens.length === 0 || c.tokens.some((t) => t.inTitleQuote)) return [];
  return classifyRange(c, 0, c.tokens.length, c.tokens[0]?.initial === true, ctx);
}

function classifyRange(c: Candidate, from: number, to: number, initial: boolean, ctx: ClassifyContext): Proposal[] {
  while (from < to && CONNECTORS.has(c.tokens[from]?.text ?? '')) from++;
  while (to > from && CONNECTORS.has(c.tokens[to - 1]?.text ?? '')) to--;
  // "Judge Patrick Field KC", "Jane Smith MP": letters after a name are not part of it.
  while (to - from > 2 && POST_NOMINALS.has((c.tokens[to - 1]?.text ?? '').toLowerCase())) to--;
  if (from >= to) return [];
  const sub = narrow(c, from, to);
  const words = sub.tokens.map((t) => t.text);
  const first = words[0] ?? '';
  if (initial && (isFunctionWord(first) || isAuxiliaryOrGerund(first)) && !isFirstName(first) && !ctx.known.has(first.toLowerCase())) {
    return classifyRange(c, from + 1, to, false, ctx);
  }
  if (initial) {
    const known = knownPrefix(words, ctx);
    if (known > 0 && known < words.length) {
      return [...classifyRange(c, from, from + known, false, ctx), ...classifyRange(c, from + known, to, false, ctx)];
    }
  }
  // "Director of Children's Services", "Secretary of State Michael Gove": the title goes, the rest stays.
  const ofAt = words.findIndex((w) => w === 'of' || w === 'for');
  if (ofAt > 0 && words.slice(0, ofAt).every((w) => isTitleWord(w)) && !orgHeadClass(words)) {
    return classifyRange(c, from + ofAt + 1, to, false, ctx);
  }
  const split = splitTitledName(sub.tokens, (run) => orgHeadClass(run.map((t) => t.text)) !== null);
  if (split) return [...prefixProposals(c, from, split, initial, ctx), personProposal(sub, split)];
  // "Ray Jones of Kingston University", "Sen. John Cornyn of Texas", "Numis Securities for Harrowgate".
  for (let m = 1; m < words.length - 1; m++) {
    if (words[m] !== 'of' && words[m] !== 'for') continue;
    const left = sub.tokens.slice(0, m);
    const person =
      (looksLikeName(left, false) && (isFirstName(first) || ctx.known.get(words.slice(0, m).join(' ').toLowerCase()) === 'person')) ||
      splitTitledName(left, () => false) !== null;
    const preposition = words[m] === 'for' && m >= 2 && !ORG_HEADS.has((words[m - 1] ?? '').toLowerCase());
    // "the Janata Dal of Nitish Kumar": a personal name after "of" belongs to nobody's title.
    const right = sub.tokens.slice(m + 1);
    const leftHead = ORG_HEADS.has((words[m - 1] ?? '').toLowerCase());
    const personAfter = !leftHead && right.length >= 2 && looksLikeName(right, false) && (isFirstName(right[0]?.text ?? '') || isLastName(right.at(-1)?.text ?? ''));
    if (person || preposition || personAfter) {
      return [...classifyRange(c, from, from + m, initial, ctx), ...classifyRange(c, from + m + 1, to, false, ctx)];
    }
  }
  if (words.length === 1) return classifySingleWord(sub, initial, ctx);
  const found = classifyPhrase(sub, initial, ctx);
  if (found) return found;
  return initial ? classifyRange(c, from + 1, to, false, ctx) : [];
}

/** Length of the longest run at the start of `words` that names an entity already found. */
function knownPrefix(words: readonly string[], ctx: ClassifyContext): number {
  for (let k = words.length; k > 0; k--) {
    if (ctx.known.has(words.slice(0, k).join(' ').toLowerCase())) return k;
  }
  return 0;
}

/** Whatever stood before a name: an organisation ("Pfizer spokeswoman"), a party, or only a title. */
function prefixProposals(c: Candidate, from: number, split: TitledName, initial: boolean, ctx: ClassifyContext): Proposal[] {
  let keep = split.prefix.length;
  while (keep > 0 && isTitleWord(split.prefix[keep - 1]?.text ?? '')) keep--;
  return keep > 0 ? classifyRange(c, from, from + keep, initial, ctx) : [];
}

function personProposal(c: Candidate, split: TitledName): Proposal {
  const first = split.name[0] as Token;
  const last = split.name.at(-1) as Token;
  const honorificToken = split.honorific ? split.prefix.at(-1) : undefined;
  const span = spanOf(c, honorificToken ?? first, last);
  if (split.name.length === 1) {
    return { kind: 'short', form: first.text, honorific: split.honorific, orgCue: false, placeLike: false, initial: false, ...span };
  }
  return { kind: 'person', name: nameOf(c, first, last), honorific: split.honorific, ...span };
}

/** A phrase of two or more words, with no title in front: organisation, person, or nothing (null). */
function classifyPhrase(c: Candidate, initial: boolean, ctx: ClassifyContext): Proposal[] | null {
  const tokens = c.tokens;
  const words = tokens.map((t) => t.text);
  const phrase = words.join(' ');
  const lower = phrase.toLowerCase();
  const first = tokens[0] as Token;
  const last = tokens.at(-1) as Token;
  const dot = TRAILING_DOT.test(last.text) && c.segmentText[last.end] === '.' ? 1 : 0;
  const org = (name: string, head: ReturnType<typeof orgHeadClass>): Proposal[] => [
    { kind: 'organisation', name: name + (dot ? '.' : ''), head, acronym: null, cued: true, ...spanOf(c, first, last, dot) },
  ];
  const named = PARTY_NAMES.get(lower) ?? INSTITUTION_PHRASES.get(lower);
  if (named) return org(named, null);
  const head = orgHeadClass(words);
  // "King's Fund": a possessive modifier names a particular body.
  const generic = !first.possessive && isGenericOrgName(words, ctx.articleWords);
  if (head) return generic || isTitlePhrase(words) ? [] : org(nameOf(c, first, last), head);
  if (isPlacePhrase(words) || isTitlePhrase(words) || NON_ENTITY_WORDS.has(last.text.toLowerCase())) return [];
  // "BBC Radio 4", "CYP Now", "UK Research and Innovation": an acronym leading ordinary words.
  const country = /^(?:uk|us|u\.s|eu)$/i.test(first.text) && tokens.slice(1).every((t) => CONNECTORS.has(t.text) || isCommonWord(t.text, ctx.articleWords));
  if (isAcronym(first.text) && (country || !NON_ORG_ACRONYMS.has(first.text.toLowerCase())) && !looksLikeName(tokens.slice(1), false)) {
    return org(nameOf(c, first, last), null);
  }
  const shape = looksLikeName(tokens, false);
  // "in Glen Esk": after "in" a first name is more likely part of a place.
  const firstName = shape && isFirstName(first.text) && !(/\b(?:in|near|across|around|outside|throughout|within|towards)\s+$/i.test(textBefore(c, 14)) && !last.possessive);
  const apposition = appositionKind(c);
  const personCue = apposition === 'person' || roleBefore(c) || speechBefore(c);
  const strongOrg = ctx.forceOrg || c.orgList || orgNounAround(c) || apposition === 'organisation' || orgRoleAfter(c);
  const orgCue = strongOrg || (wordBefore(c) === 'at' && !firstName);
  const person = (): Proposal[] => [{ kind: 'person', name: nameOf(c, first, last), honorific: null, ...spanOf(c, first, last) }];
  if (isKnownOrganisation(phrase)) return org(nameOf(c, first, last), null);
  if (shape && ctx.bylineNames.has(foldWord(phrase))) return person();
  if (firstName && !(orgCue && !personCue)) return person();
  if (shape && personCue && !orgCue) return person();
  if (orgCue) return org(nameOf(c, first, last), null);
  const plausible = plausibleUnknownName(tokens, ctx.articleWords);
  const reused = ctx.standalone.has(last.text.toLowerCase());
  // "N. Chandrababu Naidu", "Nitish Kumar", "Asitha Fernando": an initial, or a known name at the end, marks a person.
  const personShape = /^\p{Lu}$/u.test(first.text) || isLastName(last.text) || isFirstName(last.text);
  if (plausible && (actsAfter(c) || reused || (ctx.forcePerson && !followsThe(c)) || personShape) && !(initial && isFunctionWord(first.text))) return person();
  // "Citizens Advice said it had": "it" points back to a body, unless the words could be a name.
  if (!plausible && itAfter(c)) return org(nameOf(c, first, last), null);
  return null;
}
