/**
 * Decides what a one-word capitalised sequence is: an acronym, a house of parliament,
 * a party, a newspaper ("the Guardian"), a council named by its place, or a short form
 * whose meaning depends on the rest of the article.
 */
import { appositionKind, datelineCredit, followsCapitalThe, followsThe, itAfter, actsAfter, locativeBefore, modifiesNextNoun, orgNounAround, orgRoleAfter, qualifiesPersonNoun, sentenceOf, wordBefore } from './context-cues.ts';
import { isAcronym } from './find-acronyms.ts';
import type { Candidate } from './find-name-candidates.ts';
import { isCommonWord, isDemonym, isFirstName, isKnownOrganisation, isKnownPlace, lexiconTags } from './lexicon.ts';
import { isGenericOrgName, talksAboutCouncils } from './org-patterns.ts';
import { isTitleWord } from './person-patterns.ts';
import { spanOf, type ClassifyContext, type Proposal } from './proposals.ts';
import { CALENDAR_WORDS, GENERIC_BODIES, INSTITUTION_WORDS, NON_ENTITY_WORDS, NON_ORG_ACRONYMS, PARTY_NAMES, PLACE_MODIFIERS, SOLO_PUBLICATIONS } from './word-lists.ts';

const ORDINARY_TAGS = new Set(['Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Comparative', 'Superlative', 'Expression', 'QuestionWord', 'Date']);
const AGENT_BEFORE = /^(?:by|at|with|against|between|versus|v)$/;
const SINGLE_LOCATIVE = /\b(?:in|near|across|around|outside|inside|throughout|within|towards|toward)\s+(?:(?:north|south|east|west|central|rural|urban|[a-z]+-(?:east|west))\s+)?$/i;

/**
 * Classifies a one-token candidate.
 * @param initial the word opens a sentence, quotation or clause
 */
export function classifySingleWord(c: Candidate, initial: boolean, ctx: ClassifyContext): Proposal[] {
  const token = c.tokens[0];
  if (!token) return [];
  const word = token.text;
  const lower = word.toLowerCase();
  const span = spanOf(c, token, token);
  const org = (name: string, acronym: string | null = null, cued = true) => [{ kind: 'organisation' as const, name, head: null, acronym, cued, ...span }];
  // "in The Lancet": a capital "The" inside a sentence belongs to a title ("at The Oval" is a place).
  const before = c.segmentText.slice(Math.max(0, token.start - 16), token.start);
  const titleThe = followsCapitalThe(c) && token.start > 4 && !/[.!?:“"‘]\s*The\s$/.test(before) && !/\b(?:at|to|near|from|outside|inside)\s+The\s$/.test(before);
  const strong = (): boolean =>
    titleThe ||
    ctx.forceOrg || c.orgList || orgNounAround(c) || appositionKind(c) === 'organisation' || orgRoleAfter(c) || itAfter(c) || datelineCredit(c) || isKnownOrganisation(word);
  const weak = (): boolean =>
    (followsThe(c) && !/[^s]s$/.test(word) && !qualifiesPersonNoun(c) && !modifiesNextNoun(c) && !/\b(?:at|in|into|to|near|from|outside|inside|across|around|through)\s+the\s+$/i.test(before)) ||
    token.possessive ||
    AGENT_BEFORE.test(wordBefore(c)) ||
    actsAfter(c);

  if (isAcronym(word)) {
    if (NON_ORG_ACRONYMS.has(lower.replace(/\.$/, ''))) return [];
    // A shouted ordinary word ("POLICE are appealing") is only an acronym when context says so ("the WHO").
    const shouted = /^\p{Lu}+$/u.test(word) && isCommonWord(lower, ctx.articleWords);
    const cued = shouted ? strong() || (followsThe(c) && !modifiesNextNoun(c)) : strong() || weak();
    return shouted && !cued ? [] : org(PARTY_NAMES.get(lower) ?? word, word, cued || (followsThe(c) && !modifiesNextNoun(c)));
  }
  // "the Conservative party", "the Labour group".
  const partyAfter = /^\s+party\b/.exec(c.segmentText.slice(token.fullEnd, token.fullEnd + 8));
  if (partyAfter && !token.possessive) {
    const end = token.fullEnd + partyAfter[0].length;
    return [{ kind: 'organisation', name: c.segmentText.slice(token.start, end), head: 'org', acronym: null, cued: true, ...span, end, text: c.segmentText.slice(token.start, end) }];
  }
  // "Liam and Noel Gallagher": the first given name shares the family name that follows.
  const shared = /^\s+(?:and|&)\s+(\p{Lu}[\p{Ll}’'-]+)\s+(\p{Lu}[\p{L}’'-]+)/u.exec(c.segmentText.slice(token.fullEnd, token.fullEnd + 60));
  if (shared && isFirstName(word) && isFirstName(shared[1] ?? '')) {
    return [{ kind: 'person', name: `${word} ${shared[2] ?? ''}`, honorific: null, ...span }];
  }
  if (word.length > 7 && word === word.toUpperCase()) return [];
  // "iOS 17.4", "Windows 11": a product and its version.
  if (/^\s+\d/.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 3)) && !token.possessive) return [];
  const institution = INSTITUTION_WORDS.get(lower);
  if (institution && !(lower === 'lords' && /^\s+\p{Lu}/u.test(c.segmentText.slice(token.fullEnd)))) return org(institution);
  const party = PARTY_NAMES.get(lower);
  if (party) return org(party);
  if (SOLO_PUBLICATIONS.has(lower) && followsThe(c)) {
    const start = followsCapitalThe(c) ? token.start - 4 : token.start;
    return [{ kind: 'organisation', name: `The ${word}`, head: 'publication', acronym: null, cued: true, ...span, start, text: c.segmentText.slice(start, token.end) }];
  }
  if (CALENDAR_WORDS.has(lower) || NON_ENTITY_WORDS.has(lower) || PLACE_MODIFIERS.has(lower) || isDemonym(word) || isTitleWord(lower) || GENERIC_BODIES.has(lower) || isGenericOrgName([word], ctx.articleWords)) return [];

  const short = (orgCue: boolean, placeLike: boolean): Proposal[] => [
    { kind: 'short', form: word, honorific: null, orgCue, placeLike, initial, ...span },
  ];
  if (isKnownPlace(word) || /shire$/i.test(word)) {
    if (locativeBefore(c)) return [];
    if (talksAboutCouncils(sentenceOf(c))) return org(word);
    return short(false, true);
  }
  if (SINGLE_LOCATIVE.test(c.segmentText.slice(Math.max(0, token.start - 40), token.start)) && !ctx.known.has(lower)) return [];
  // Inside a sentence a capital marks a proper noun ("accused Apple of") unless the article writes
  // the word in lower case too, or it is an adjective or function word ("the Public").
  const ordinary = ctx.articleWords.has(lower) || lexiconTags(lower).some((t) => ORDINARY_TAGS.has(t));
  // "partnered with EastEnders actress X": a word qualifying the noun after it is not acting by itself.
  const cued = strong() || ctx.recurring.has(lower) || (!initial && !ordinary && weak() && !modifiesNextNoun(c) && !(token.possessive && !followsThe(c)));
  return short(cued, false);
}
