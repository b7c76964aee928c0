/**
 * Decides what a capitalised phrase of two or more words is once titles and affiliations
 * are off: an organisation (by head word, acronym, country or context), a person (by name
 * shape and context), or nothing.
 */
import { employerBefore, pluralRoleBefore } from './body-cues.ts';
import { actsAfter, appositionKind, followsCapitalThe, followsThe, itAfter, orgNounAround, orgRoleAfter, roleBefore, speechAfter, speechBefore, textAfter, textBefore } from './context-cues.ts';
import { isAcronym } from './find-acronyms.ts';
import type { Candidate } from './find-name-candidates.ts';
import { foldWord, isCommonWord, isFirstName, isFunctionWord, isKnownOrganisation, isKnownPlace, isLastName, lexiconTags } from './lexicon.ts';
import { isCountryBody, isGenericOrgName, isPlacePhrase, isTeamName, isTitlePhrase, orgHeadClass } from './org-patterns.ts';
import { hasPersonalNameShape, isHyphenInitials } from './name-shapes.ts';
import { isMohammadAbbreviation, isTitleWord, looksLikeName, plausibleUnknownName } from './person-patterns.ts';
import { partyDescriptor } from './party-descriptors.ts';
import { bearingBefore, competitionWon, isEventName, listedAfterLocative } from './place-cues.ts';
import { nameOf, spanOf, type ClassifyContext, type Proposal } from './proposals.ts';
import type { Token } from './tokenize-segment.ts';
import { FACILITY_HEADS, NAME_PARTICLES, NON_ENTITY_WORDS, NON_ORG_ACRONYMS, PARTY_NAMES } from './word-lists.ts';

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'upon']);
const TRAILING_DOT = /^(?:inc|corp|co|ltd|jr|sr|bros)$/i;
const INSTITUTION_PHRASES = new Map([['white house', 'White House']]);

/** A phrase of two or more words, with no title in front: organisation, person, or nothing (null). */
export function classifyPhrase(c: Candidate, initial: boolean, ctx: ClassifyContext): Proposal[] | null {
  const tokens = c.tokens;
  const words = tokens.map((t) => t.text);
  const phrase = words.join(' ');
  const lower = phrase.toLowerCase();
  const first = tokens[0] as Token;
  const last = tokens.at(-1) as Token;
  // "went to Corran Glazing Ltd." at a sentence end: British style writes "Ltd" bare, so that full stop ends the sentence.
  const sentenceEnd = /^\.(?:\s+["“‘]?\p{Lu}|\s*$)/u.test(c.segmentText.slice(last.end, last.end + 4)) && /^ltd$/i.test(last.text);
  const dot = TRAILING_DOT.test(last.text) && c.segmentText[last.end] === '.' && !sentenceEnd ? 1 : 0;
  const org = (name: string, head: ReturnType<typeof orgHeadClass> = null): Proposal[] => [
    { kind: 'organisation', name: name + (dot ? '.' : ''), head, acronym: null, cued: true, ...spanOf(c, first, last, dot) },
  ];
  // "Nguyen, T. T. H., Park, J.-H.": initials alone, as in a citation's author list, name no one by themselves.
  if (tokens.every((t) => /^\p{Lu}$/u.test(t.text))) return [];
  const descriptor = partyDescriptor(c);
  if (descriptor) return descriptor;
  const named = PARTY_NAMES.get(lower) ?? INSTITUTION_PHRASES.get(lower);
  if (named) return org(named);
  // "Janata Dal (United)", "Shiv Sena (UBT)": a bracketed qualifier is part of a party's or body's name.
  // ("Wapda Member (Water)": a body, a job title, and the title's portfolio; only the body is named.)
  const titleBefore = tokens.at(-2);
  if (last.text.endsWith(')') && titleBefore && isTitleWord(titleBefore.text) && !orgHeadClass(words.slice(0, -1))) {
    const owner = tokens.at(-3);
    if (!owner) return [];
    return [{ kind: 'organisation', name: nameOf(c, first, owner), head: null, acronym: null, cued: true, ...spanOf(c, first, owner) }];
  }
  if (last.text.endsWith(')')) return org(nameOf(c, first, last));
  // "Storm Ophelia", "Hurricane Katrina", "Asian Games": an event, whatever its last word.
  if (isEventName(words) || competitionWon(c)) return [];
  const head = orgHeadClass(words);
  // "King's Fund": a possessive modifier names a particular body.
  const generic = !first.possessive && isGenericOrgName(words, ctx.articleWords);
  if (head) return generic || isTitlePhrase(words) ? [] : org(nameOf(c, first, last), head);
  // "Aer Lingus, which is owned by ..." makes every "Aer Lingus" in the article the airline.
  if (ctx.known.get(lower) === 'organisation' && ctx.known.get(lower.split(' ').at(-1) ?? '') !== 'person') return org(nameOf(c, first, last));
  const apposition = appositionKind(c);
  // "Campaign group Save Thornbury Fields, which": what the text calls it beats a place-like head.
  // "Avanti West Coast, TransPennine Express and Northern": list peers that are bodies outweigh the place-like name.
  const listed = (ctx.forceOrg || c.orgList) && !isKnownPlace(phrase);
  if (isPlacePhrase(words)) {
    // "the North Stand, and the FA said", "the Royal Showground, which holds 500": a facility is a body only when called one.
    const facility = FACILITY_HEADS.has(last.text.toLowerCase());
    const which = /^,\s+which\b/i.test(textAfter(c, 10));
    return orgNounAround(c) || (apposition === 'organisation' && !(facility && which)) || (listed && !facility) || (agentBy(c) && !facility) ? org(nameOf(c, first, last)) : [];
  }
  // "residents of Nether Edge and Sharrow Vale say", "60km north of Port Alma": a place, and the verb is not its.
  // ("a supplier in Johor Bahru, which was cheaper": after a locative, "which" still describes the place.)
  const which = /^,\s+which\b/i.test(textAfter(c, 10));
  if ((listedAfterLocative(c) || bearingBefore(c)) && !isFirstName(first.text) && ctx.known.get(lower) !== 'organisation') return orgNounAround(c) || (apposition === 'organisation' && !which) ? org(nameOf(c, first, last)) : [];
  // "told The Australian Financial Review": a title after a capital "The" that is quoted or written for.
  if (followsCapitalThe(c) && !initial && /\b(?:told|according to|wrote (?:in|for)|writing (?:in|for)|column (?:in|for)|interview with|reported by|published (?:in|by)|quoted (?:in|by))\s+The\s$/.test(textBefore(c, 40))) {
    const start = first.start - 4;
    return [{ kind: 'organisation', name: `The ${nameOf(c, first, last)}`, head: 'publication', acronym: null, cued: true, ...spanOf(c, first, last), start, text: c.segmentText.slice(start, last.end) }];
  }
  // "Md Shafiqul Islam", "Tariq Ramadan": after unknown name words an idea's or a feast's word is a family name.
  const surnameLike = looksLikeName(tokens, false) && tokens.slice(0, -1).every((t) => isMohammadAbbreviation(t.text) || (lexiconTags(t.text).length === 0 && !isCommonWord(t.text, ctx.articleWords)));
  if (isTitlePhrase(words) || (NON_ENTITY_WORDS.has(last.text.toLowerCase()) && !surnameLike)) return [];
  // "Focus Ireland", "Sport England": ordinary words before a country name a national body.
  if (isCountryBody(words, ctx.articleWords)) return org(nameOf(c, first, last));
  if (isTeamName(words, ctx.articleWords)) return org(nameOf(c, first, last), 'club');
  // "BBC Radio 4", "CYP Now", "UK Research and Innovation": an acronym leading ordinary words.
  const country = /^(?:uk|us|u\.s|eu)$/i.test(first.text) && tokens.slice(1).every((t) => CONNECTORS.has(t.text) || isCommonWord(t.text, ctx.articleWords));
  // "ABC Radio Brisbane" is a body; "GP Sarah Jones" is a person after an acronym title.
  // "Chief executive TS Anil": two initials and a family name after a job title are a person.
  // "J.K. Rowling": dotted initials before a family name.
  const dotted = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(first.text) && tokens.length <= 3 && !isCommonWord(last.text, ctx.articleWords) && !orgHeadClass(words) && !/^u\.[sk]/i.test(first.text);
  const initials = dotted || (/^\p{Lu}{2}$/u.test(first.text) && tokens.length === 2 && !isCommonWord(last.text, ctx.articleWords) && (roleBefore(c) || speechBefore(c)));
  // "P-J van Rensburg", "J-P Toussaint": hyphenated initials open a double given name.
  if (isHyphenInitials(first.text) && tokens.length >= 2 && looksLikeName(tokens.slice(1).filter((t) => !NAME_PARTICLES.has(t.text)), true)) return [{ kind: 'person', name: nameOf(c, first, last), honorific: null, ...spanOf(c, first, last) }];
  const nameAfter = initials || (looksLikeName(tokens.slice(1), false) && !isCommonWord(tokens[1]?.text ?? '', ctx.articleWords) && !orgHeadClass(['X', tokens[1]?.text ?? '']));
  if (isAcronym(first.text) && (country || !NON_ORG_ACRONYMS.has(first.text.toLowerCase())) && !nameAfter) return org(nameOf(c, first, last));
  if (initials) return [{ kind: 'person', name: nameOf(c, first, last), honorific: null, ...spanOf(c, first, last) }];
  const shape = looksLikeName(tokens, false);
  // "in Glen Esk": after "in" a first name is more likely part of a place.
  const firstName = shape && (isFirstName(first.text) || isMohammadAbbreviation(first.text)) && !(/\b(?:in|near|across|around|outside|throughout|within|towards)\s+$/i.test(textBefore(c, 14)) && !last.possessive);
  // ("our reporters Efua Mensah-Bonsu and ...": a double-barrelled name after the plural is still a person's.)
  const firmBefore = pluralRoleBefore(c) && !firstName && !hasPersonalNameShape(tokens, ctx.articleWords);
  const personCue = apposition === 'person' || (roleBefore(c) && !firmBefore) || speechBefore(c);
  const strongOrg = ctx.forceOrg || c.orgList || orgNounAround(c) || apposition === 'organisation' || orgRoleAfter(c) || firmBefore;
  // "an analyst at Morgan Stanley", "auditors from Grant Thornton": an employer, whatever its name looks like.
  const orgCue = strongOrg || employerBefore(c);
  const person = (): Proposal[] => [{ kind: 'person', name: nameOf(c, first, last), honorific: null, ...spanOf(c, first, last) }];
  if (isKnownOrganisation(phrase)) return org(nameOf(c, first, last));
  if (shape && (ctx.bylineNames.has(foldWord(phrase)) || ctx.known.get(lower) === 'person')) return person();
  // "Bill Lobban-Ross", "Wian du Plessis": a double-barrelled surname or an inner particle is a person's name unless the text calls it a body.
  // ("stayed at Hotel du Vin", "visited Museo del Prado": after a preposition of place the shape proves nothing.)
  const placed = /\b(?:in|at|near|inside|outside|into|visited|visiting)\s+$/i.test(textBefore(c, 14));
  if (shape && !strongOrg && !placed && hasPersonalNameShape(tokens, ctx.articleWords)) return person();
  if (firstName && !(orgCue && !personCue)) return person();
  if (shape && personCue && !orgCue) return person();
  if (orgCue) return org(nameOf(c, first, last));
  // "built by Wynn Resorts": the agent of a business verb whose last word is an ordinary plural is a firm, not a family.
  const stem = last.text.slice(0, -1).toLowerCase();
  const plural = lexiconTags(last.text).includes('Plural') || (/[^s]s$/.test(last.text) && (isCommonWord(stem, ctx.articleWords) || FACILITY_HEADS.has(stem)));
  if (agentBy(c) && plural && !isLastName(last.text)) return org(nameOf(c, first, last));
  const plausible = plausibleUnknownName(tokens, ctx.articleWords);
  const reused = ctx.standalone.has(last.text.toLowerCase());
  // "N. Chandrababu Naidu", "Nitish Kumar", "Asitha Fernando": an initial, or a known name at the end, marks a person.
  const personShape = /^\p{Lu}$/u.test(first.text) || isLastName(last.text) || isFirstName(last.text);
  if (plausible && (actsAfter(c) || reused || (ctx.forcePerson && !followsThe(c)) || personShape) && !(initial && isFunctionWord(first.text))) return person();
  // "the faction of Uddhav Thackeray": two or three unknown words, none ordinary, none a place, read as a name.
  const unknownWords = tokens.every((t) => !isCommonWord(t.text, ctx.articleWords) && !isKnownPlace(t.text) && !isAcronym(t.text));
  // "the faction of Uddhav Thackeray", "Gautam Adani's", "signed Leny Yoro": owned, owning, or the object of a verb.
  const verbBefore = /\b(\p{Ll}+)\s+$/u.exec(textBefore(c, 30))?.[1] ?? '';
  const objectOfVerb = lexiconTags(verbBefore).some((t) => t === 'PastTense' || t === 'PresentTense');
  const owned = last.possessive || objectOfVerb || /\b\p{Ll}+\s+of\s+$/u.test(textBefore(c, 30));
  if (plausible && unknownWords && owned && tokens.length <= 3 && !followsThe(c) && ctx.known.get(lower) !== 'organisation') return person();
  // "Citizens Advice said it had", "Live Nation said": ordinary words that speak are a body.
  if (!plausible && (itAfter(c) || speechAfter(c))) return org(nameOf(c, first, last));
  return null;
}

const AGENT_BY = /\b(?:run|operated|owned|managed|built|developed|founded|backed|funded|acquired|bought|issued|sponsored|commissioned|supplied|made)\b[^.;:!?]{0,40}\bby\s+(?:the\s+)?$/i;

/** "run by Dubai Airports", "built on the island by Wynn Resorts": the agent of a business verb in the passive. */
function agentBy(c: Candidate): boolean {
  return AGENT_BY.test(textBefore(c, 60));
}
