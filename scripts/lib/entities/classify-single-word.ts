/**
 * Decides what a one-word capitalised sequence is: an acronym, a house of parliament,
 * a party, a newspaper ("the Guardian"), a council named by its place, or a short form
 * whose meaning depends on the rest of the article.
 */
import { agentObject, employerBefore, ownedByPerson, platformUse, pluralRoleBefore, serviceCue, sourceBefore } from './body-cues.ts';
import { actsAfter, appositionKind, datelineCredit, followsCapitalThe, followsThe, itAfter, locativeBefore, modifiesNextNoun, orgNounAround, orgRoleAfter, qualifiesPersonNoun, sentenceOf, speaksOrWill, wordBefore } from './context-cues.ts';
import { isAcronym } from './find-acronyms.ts';
import type { Candidate } from './find-name-candidates.ts';
import { isCommonWord, isDemonym, isFirstName, isKnownOrganisation, isKnownPlace, isLastName, lexiconTags } from './lexicon.ts';
import { isGenericOrgName, talksAboutCouncils } from './org-patterns.ts';
import { partyDescriptor } from './party-descriptors.ts';
import { afterPreposition, bearingBefore, isRoadCode, listedAfterLocative, placeListPeer, theAfterPlacePreposition } from './place-cues.ts';
import { isTitleWord } from './person-patterns.ts';
import { spanOf, type ClassifyContext, type Proposal } from './proposals.ts';
import { CALENDAR_WORDS, GENERIC_BODIES, INSTITUTION_WORDS, NON_ENTITY_WORDS, NON_ORG_ACRONYMS, PARTY_NAMES, PLACE_MODIFIERS, SOLO_PUBLICATIONS } from './word-lists.ts';

const ORDINARY_TAGS = new Set(['Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Comparative', 'Superlative', 'Expression', 'QuestionWord', 'Date']);
const AGENT_BEFORE = /^(?:by|with|against|between|versus|v)$/;
// "Daft.ie", "Booking.com": a capitalised domain is a company's name.
const DOMAIN_NAME = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|co\.uk|ie|org|net|io|ai|fyi|tv|fm)$/u;
// A currency prefix glued to a number: "Rs8bn", "KSh18.6bn", "Tk500", "RM12.5m", "R4.2m" ("G4S", "A321neo" keep a letter
// after the number; a lone capital before a whole number, "G20", "F1", is a group or a series).
const AMOUNT = /^(?:(?:\p{Lu}{1,2}\p{Ll}{1,2}|\p{Lu}{2,3})\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn|cr)?|\p{Lu}\d[\d,]*(?:\.\d+(?:bn|mn|m|k|tn)?|bn|mn|m|k|tn))$/u;
// "TikTok", "PayPal", "BlackRock": a capital inside a word, outside Mc/Mac/O'/De/La-type surnames and i-products.
const CAMEL_CASE = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|O)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;
// "signed Leny Yoro from Lille", "joined Marseille for a fee": in football talk a city is its club.
const SPORT_TALK = /\b(?:signed|signing|transfer|loan|fee|striker|defender|midfielder|goalkeeper|winger|manager|head coach|squad|derby|fixture|kick-off|relegat\w+)\b/i;
const CLUB_BEFORE = /\b(?:from|joined|join|joins|against|beat|signed for|sign for|host|hosts|visit|visits|face|faces)\s+$/i;
const PLACE_BEFORE = /\b(?:in|at|near|across|around|outside|inside|throughout|within|towards|into|born in|grew up in|based in)\s+$/i;
// "Gloucester beat Bath 24-17": both sides of a scoreline are teams.
const SCORE_AFTER = /^\s+(?:beat|defeated|edged|thrashed|hammered|overcame|stunned|drew with|lost to|lost|drew|won)\s+(?:(?:\p{Lu}[\p{L}’'-]*|the|at)\s+){0,3}\d{1,3}-\d{1,3}\b/u;
const SCORE_BEFORE = /\b(?:beat|defeated|edged|thrashed|hammered|overcame|stunned|drew with|lost to|against)\s+$/;
// "unveiled the Qashqai", "recalled the Zafira": what is launched, recalled or driven is a product.
const PRODUCT_THE = /\b(?:unveiled|unveils|launched|launches|released|releases|recalled|recalls|debuted|showcased|drove|drives|driving|rolled out|previewed|upgraded)\s+the\s+$/i;
// "all 40 Wrexham seats", "the two Kent clubs": after a count the word qualifies a noun, which is no verb.
const COUNTED = /\b(?:\d+(?:[,.]\d+)*|two|three|four|five|six|seven|eight|nine|ten|dozen|several|both)\s+$/i;
// "whose son Tadhg played": a relative's name acts, not a body.
const KIN = /^(?:daughter|son|wife|husband|partner|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|aunt|uncle|friend|boyfriend|girlfriend|fiancée?|widow|widower|mum|dad|stepson|stepdaughter)$/;
// A kin noun, then the names listed after it so far: "sons Calum, Iain and ".
const KIN_LIST_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|by)|[’']s)\s+(?:\p{Ll}+\s+)?(?:daughters?|sons?|wife|husband|mother|brothers?|sisters?|grandsons?|granddaughters?|grandchildren|children|niece|nephew|widow|widower|stepsons?|stepdaughters?),?\s+(?:\p{Lu}[\p{L}’'-]+(?:,\s+|\s+(?:and|&)\s+))*$/u;
/** "whom the charity calls Tegan", "a woman known only as Jade": a name given to someone the sentence has described. */
// The person described right before the naming: "a girl, whom the charity calls", "a woman known only as"
// ("One worried mother called Childline" is a call, and "Parents named Harrow" a choice: no relative pronoun, no naming).
const NAMED_AS = /\b(?:girl|boy|woman|man|mother|father|child|teenager|pupil|resident|patient|carer|parent|mum|dad|daughter|son|grandmother|grandfather|widow|student|worker|care leaver|survivor|victim|tenant|claimant),?\s+(?:(?:who|whom)\s+(?:\S+\s+){0,4}(?:calls|called|names|named|refers\s+to\s+as|known(?:\s+only)?\s+as)|(?:who\s+is\s+|who\s+was\s+)?(?:known|referred\s+to)(?:\s+only)?\s+as)\s+$/iu;
/** ", 17,", " (17)", ", a 64-year-old grandmother", ", aged 12": an age after a name marks a person. */
const AGE_AFTER = /^,\s+(?:\d{1,3},|aged\s+\d{1,3}\b|an?\s+\d{1,3}-year-old\b)/u;
/** " (17)" after a given name: an age ("Serco (12), Capita (8)" counts things, and no given name stands before it). */
const BRACKET_AGE = /^\s*\(\d{1,3}\)/u;
const ADJECTIVE_ENDING = /(?:ual|ipal|ional|ical|ntal|ural|eral|ive|ous|ary)$/;
const EPONYM_CONDITIONS = new Set(['alzheimer', 'parkinson', 'huntington', 'crohn', 'asperger', 'tourette', 'hodgkin', 'addison', 'cushing', 'raynaud', 'graves', 'down']);
const SINGLE_LOCATIVE = /\b(?:in|near|across|around|outside|inside|throughout|within|towards|toward)\s+(?:(?:north|south|east|west|central|rural|urban|[a-z]+-(?:east|west))\s+)?$/i;

function playsAsClub(c: Candidate, before: string): boolean {
  return SPORT_TALK.test(sentenceOf(c)) && !PLACE_BEFORE.test(before) && CLUB_BEFORE.test(before) && !lexiconTags(c.tokens[0]?.text ?? '').includes('Country');
}

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
  const titleThe = followsCapitalThe(c) && token.start > 4 && !/[.!?:“"‘—–-]\s*The\s$/.test(before) && !/\b(?:at|to|near|from|outside|inside)\s+The\s$/.test(before) && !qualifiesPersonNoun(c);
  if (DOMAIN_NAME.test(word)) return org(word);
  // "Rs10.69", "Sh18.6bn", "RM10 billion", "per mmBtu": an amount of money or a unit names no one.
  if (AMOUNT.test(word) && !token.possessive) return [];
  if (/\bper\s+$/i.test(before) || (/^\p{Ll}/u.test(word) && /\d\s+$/.test(before))) return [];
  const descriptor = partyDescriptor(c);
  if (descriptor) return descriptor;
  const scoreline = SCORE_AFTER.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 60)) || (SCORE_BEFORE.test(before) && /^\s+\d{1,3}-\d{1,3}\b/.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 10)));
  // "Site manager Pat Kelly", "Project director Ann Roe": an ordinary noun opening a sentence is part of the job title.
  const nounTags = lexiconTags(word);
  // ("Strategic director of finance Jo Bell": an ordinary adjective too.)
  const jobCompound =
    initial && (nounTags.some((t) => t === 'Singular' || t === 'Uncountable') || (isCommonWord(word, ctx.articleWords) && !isKnownOrganisation(word))) && !nounTags.some((t) => t === 'Infinitive' || t === 'PresentTense' || t === 'Organization');
  const strong = (): boolean =>
    titleThe || scoreline || employerBefore(c) || (serviceCue(c) && !/^\d/.test(word)) || (ownedByPerson(c) && !isFirstName(word)) || (sourceBefore(c) && followsThe(c)) || (!isCommonWord(word, ctx.articleWords) && ((CAMEL_CASE.test(word) && !modifiesNextNoun(c)) || platformUse(c))) ||
    ctx.forceOrg || c.orgList || orgNounAround(c) || appositionKind(c) === 'organisation' || (orgRoleAfter(c) && !jobCompound) || itAfter(c) || datelineCredit(c) || isKnownOrganisation(word) ||
    (pluralRoleBefore(c) && !isFirstName(word));
  const weak = (): boolean =>
    (followsThe(c) && !/[^s]s$/.test(word) && !qualifiesPersonNoun(c) && !modifiesNextNoun(c) && !theAfterPlacePreposition(c) && !PRODUCT_THE.test(before) && !placeListPeer(c) && !afterPreposition(c)) ||
    token.possessive ||
    AGENT_BEFORE.test(wordBefore(c)) ||
    (actsAfter(c) && !afterPreposition(c) && !COUNTED.test(before) && !KIN.test(wordBefore(c))) ||
    agentObject(c) ||
    /\b(?:told|speaking to|interview with|according to)\s+(?:the\s+)?$/i.test(before);

  if (isAcronym(word)) {
    // "Regulation (EU) No 596/2014": the bracket after a law's name cites whose law it is.
    const lawCitation = /\b(?:Regulation|Directive|Decision|Act)\s+\($/.test(before);
    // "TDs", "MSPs", "CEOs": the plural of an acronym is a group of people.
    if (NON_ORG_ACRONYMS.has(lower.replace(/\.$/, '')) || isRoadCode(word) || /^\p{Lu}{2,}s$/u.test(word) || lawCitation) return [];
    // "S&P 500", "FTSE 100": an index or product with its number.
    if (/^\s+\d/.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 3)) && !token.possessive && !scoreline) return [];
    // A shouted ordinary word ("POLICE are appealing") is only an acronym when context says so ("the WHO").
    const shouted = /^\p{Lu}+$/u.test(word) && isCommonWord(lower, ctx.articleWords);
    const cued = shouted ? strong() || (followsThe(c) && !modifiesNextNoun(c)) : strong() || weak();
    return shouted && !cued ? [] : org(PARTY_NAMES.get(lower) ?? word, word, cued || (followsThe(c) && !modifiesNextNoun(c)));
  }
  // "the Conservative party", "the Labour group".
  // "the European parliament", "the Scottish parliament": a demonym before a lower-case institution.
  const institutionAfter = isDemonym(word) ? /^\s+(?:parliament|commission|central bank|investment bank|space agency|medicines agency|court of (?:justice|auditors|human rights))\b/.exec(c.segmentText.slice(token.fullEnd, token.fullEnd + 30)) : null;
  const partyAfter = /^\s+party\b/.exec(c.segmentText.slice(token.fullEnd, token.fullEnd + 8)) ?? institutionAfter;
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
  // "iOS 17.4", "Windows 11": a product and its version; "Grade II", "World War II": a grade or a numbered event.
  if (/^\s+(?:\d|(?:II|III|IV|VI|VII|VIII|IX|XI|XII)\b)/.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 7)) && !token.possessive && !scoreline) return [];
  const institution = INSTITUTION_WORDS.get(lower);
  if (institution && !(lower === 'lords' && /^\s+\p{Lu}/u.test(c.segmentText.slice(token.fullEnd)))) return org(institution);
  const party = PARTY_NAMES.get(lower);
  if (party) return org(party);
  if (SOLO_PUBLICATIONS.has(lower) && followsThe(c)) {
    const start = followsCapitalThe(c) ? token.start - 4 : token.start;
    return [{ kind: 'organisation', name: `The ${word}`, head: 'publication', acronym: null, cued: true, ...span, start, text: c.segmentText.slice(start, token.end) }];
  }
  // "Former board member Helen Toner": an adjective opening a sentence names nothing.
  if (initial && !ctx.known.has(lower) && lexiconTags(lower).some((t) => t === 'Adjective' || t === 'Adverb' || t === 'Comparative' || t === 'Superlative')) return [];
  // "Annual inspection reports", "Municipal manager X": an adjective the lexicon lacks, known by its ending, before a noun.
  if (initial && !ctx.known.has(lower) && ADJECTIVE_ENDING.test(lower) && lexiconTags(lower).length === 0 && !isFirstName(word) && !isKnownPlace(word) && /^\s+\p{Ll}/u.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 3)) && modifiesNextNoun(c)) return [];
  // "living with Alzheimer's", "Parkinson's and dementia": a disease named after a person, not the shop of one.
  if (token.possessive && EPONYM_CONDITIONS.has(lower) && !/^\s+\p{Lu}/u.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 3))) return [];
  // "Critics, including ...", "Carers": a plural person noun is a group of people, never one body.
  const tags = lexiconTags(lower);
  if (tags.includes('Plural') && tags.includes('Actor')) return [];
  if (CALENDAR_WORDS.has(lower) || NON_ENTITY_WORDS.has(lower) || PLACE_MODIFIERS.has(lower) || isDemonym(word) || isTitleWord(lower) || GENERIC_BODIES.has(lower) || isGenericOrgName([word], ctx.articleWords)) return [];

  // A word the text says is someone's name, when it can be one (no possessive, acronym or place).
  const nameable = !token.possessive && !isAcronym(word) && !isKnownPlace(word);
  const named = (): Proposal[] => [{ kind: 'short', form: word, honorific: null, orgCue: false, placeLike: false, initial, personCue: true, ...span }];
  // "his sons Iain and Ruairidh", "Their daughter Mòrag": a relative named by a given name alone is a person.
  if (nameable && KIN_LIST_BEFORE.test(c.segmentText.slice(Math.max(0, token.start - 90), token.start)) && (isFirstName(word) || !isCommonWord(word, ctx.articleWords))) return named();
  // "One girl, whom the charity calls Tegan,": a name given to a person the sentence has described.
  const leadIn = c.segmentText.slice(Math.max(0, token.start - 150), token.start).replace(/^[\s\S]*[.!?]\s/u, '');
  if (nameable && NAMED_AS.test(leadIn)) return named();
  // "Tayla, 17, said", "Patience, a 64-year-old grandmother": a name given with an age is a person's.
  const after = c.segmentText.slice(token.fullEnd, token.fullEnd + 30);
  if (nameable && (AGE_AFTER.test(after) || (BRACKET_AGE.test(after) && isFirstName(word))) && (isFirstName(word) || !initial || !isCommonWord(word, ctx.articleWords))) return named();
  // "Penguin researchers have noticed" in an article that writes "penguin" in lower case: an ordinary noun opening the sentence.
  if (initial && ctx.articleWords.has(lower) && !token.possessive && !ctx.known.has(lower) && /^\s+\p{Ll}/u.test(c.segmentText.slice(token.fullEnd, token.fullEnd + 3)) && modifiesNextNoun(c)) return [];
  const short = (orgCue: boolean, placeLike: boolean): Proposal[] => [
    { kind: 'short', form: word, honorific: null, orgCue, placeLike, initial, ...span },
  ];
  if (isKnownPlace(word) || /shire$/i.test(word)) {
    // A town or county acts as a body (council, university, club) when the text makes it one; a country does not.
    const body = scoreline || talksAboutCouncils(sentenceOf(c)) || playsAsClub(c, before) || (!lexiconTags(word).includes('Country') && (ctx.forceOrg || c.orgList || itAfter(c) || employerBefore(c) || appositionKind(c) === 'organisation'));
    if ((locativeBefore(c) || listedAfterLocative(c)) && !employerBefore(c) && !serviceCue(c)) return [];
    return body ? org(word) : short(false, true);
  }
  const locative = SINGLE_LOCATIVE.test(c.segmentText.slice(Math.max(0, token.start - 40), token.start)) || bearingBefore(c) || listedAfterLocative(c);
  if (locative && !ctx.known.has(lower) && !serviceCue(c) && !employerBefore(c)) return [];
  // Inside a sentence a capital marks a proper noun ("accused Apple of") unless the article writes
  // the word in lower case too, or it is an adjective or function word ("the Public").
  const ordinary = ctx.articleWords.has(lower) || lexiconTags(lower).some((t) => ORDINARY_TAGS.has(t));
  // "partnered with EastEnders actress X": a word qualifying the noun after it is not acting by itself.
  // "Ofsted will inspect": an unknown word acting at a sentence start is a body unless a person's name claims it.
  // "Paramedics said", "Voters will decide": a plural opening a sentence is a group of people unless "it" follows (in strong()).
  const plural = /^\p{Lu}\p{Ll}+(?:[^sui’']s|men)$/u.test(word);
  const acting = initial && !ordinary && !plural && !token.possessive && !isCommonWord(word, ctx.articleWords) && !isFirstName(word) && !isLastName(word) && speaksOrWill(c);
  const cued = strong() || ctx.recurring.has(lower) || acting || (!initial && !ordinary && weak() && !modifiesNextNoun(c) && !(token.possessive && !followsThe(c)));
  return short(cued, false);
}
