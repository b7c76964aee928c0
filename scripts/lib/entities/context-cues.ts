/**
 * What the words around a capitalised sequence say about it: "the charity X",
 * "X, the union", "X, who", "chief social worker X", "said X", "in X". Each cue reads
 * only the candidate's own segment.
 */
import type { Candidate } from './find-name-candidates.ts';
import { isActorNoun, isAgentNoun, isFirstName, isKnownPlace, lexiconTags } from './lexicon.ts';
import { ORG_NOUNS, PLACE_MODIFIERS, TITLE_WORDS } from './word-lists.ts';

/** What a cue says the candidate is. */
export type CueKind = 'person' | 'organisation' | 'place' | null;

const NOT_NOUN_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Date', 'PastTense', 'PresentTense', 'Modal', 'Copula', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Infinitive', 'Auxiliary', 'QuestionWord']);
const SPEECH = /^(?:said|says|say|told|tells|talks|talked|spoke|speaks|promised|pledged|vowed|denied|tweeted|posted|added|adds|argued|argues|warned|warns|insisted|insists|believes|believed|claimed|claims|stated|states|explained|explains|wrote|writes|admitted|admits|announced|announces|confirmed|confirms|welcomed|welcomes|urged|urges|called|calls|described|describes|suggested|suggests|acknowledged|noted|notes|replied|responded|commented)$/i;
const LOCATIVE = /\b(?:in|at|from|near|across|around|to|into|outside|inside|throughout|within|towards|toward|through|of)\s+(?:(?:north|south|east|west|central|inner|outer|greater|rural|urban|northern|southern|eastern|western|north-east|north-west|south-east|south-west|neighbouring|nearby)\s+)?$/i;
const PERSON_NOUNS = new Set(['auditor', 'adviser', 'advisor', 'advocate', 'activist', 'patient', 'victim', 'survivor', 'pensioner', 'tenant', 'landlord', 'homeowner', 'farmer', 'fisherman', 'nurse', 'midwife', 'solicitor', 'barrister', 'entrepreneur', 'investor', 'founder', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'linguist', 'academic', 'economist', 'worker', 'campaigner', 'mother', 'father', 'author', 'resident', 'colleague', 'owner', 'candidate', 'nominee', 'researcher', 'lecturer', 'scientist', 'novelist', 'singer', 'actor', 'actress', 'player', 'spokeswoman', 'spokesman', 'correspondent', 'prosecutor', 'paramedic', 'carer', 'teacher', 'pupil', 'student', 'surgeon', 'consultant', 'magistrate', 'volunteer', 'clinician', 'pharmacist', 'psychologist', 'therapist', 'social worker']);
const APPOSITION = /^(?:,\s+|\s+(?:is|was|has been|remains)\s+)(?:(?:the|a|an|its|their|his|her|one of(?: the| a number of| many| several)?)\s+)?([^,.;:!?()“”"]{0,80})/i;
const AUXILIARY = /^(?:has|had|have|is|was|were|are|will|would|can|could|should|may|might|must|shall|does|did|do|and|or|but|which|who|that|also|then|now|still)$/;
const CLAUSE_END = /^(?:of|for|in|at|from|who|which|that|based|with|to|and|said|says|has|had|is|was)$/;
// ("told the PA news agency", "the Zenith news website": an outlet.)
const ORG_NOUNS_AFTER = /^\s+(?:(?:trade\s+)?union|group|party|charity|company|firm|council|trust|club|chain|bank|network|campaign|alliance|coalition|bloc|consortium|news (?:agency|website|site|service|channel))\b/;
const ORG_ROLE_AFTER = /^(?:[’']s?)?\s+(?:(?:regional|national|general|assistant|deputy|senior|local|acting|interim|branch|area|district|divisional)\s+(?:organiser|secretary|officer|representative|director|manager|spokesman|spokeswoman|spokesperson)|(?:regional|provincial|national|head|district|branch)\s+(?:office|offices|headquarters|executive)|chief executive|chief|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|director|president|boss|head|founder|owner|board|shareholders|manager|coach|inspection|inspections|inspectors|staff|employees|members|website|report|statement|accounts|figures|data|research|analysis|survey|poll|guidance|analyst|analysts|economist|strategist|executive|executives|official|officials|lawyers?|researchers?)\b/i;

/** Text of the segment before the candidate. */
export function textBefore(c: Candidate, chars = 120): string {
  const start = c.tokens[0]?.start ?? 0;
  return c.segmentText.slice(Math.max(0, start - chars), start);
}

/** Text of the segment after the candidate (after any possessive ending). */
export function textAfter(c: Candidate, chars = 160): string {
  const end = c.tokens.at(-1)?.fullEnd ?? 0;
  return c.segmentText.slice(end, end + chars);
}

/** The lower-case word directly before the candidate (space-separated), or "". */
export function wordBefore(c: Candidate): string {
  return /([\p{L}’'-]+)\s+$/u.exec(textBefore(c, 40))?.[1]?.toLowerCase() ?? '';
}

/** True when the candidate follows "the"/"The" directly. */
export function followsThe(c: Candidate): boolean {
  return /(?:^|[^\p{L}])the\s+$/iu.test(textBefore(c, 12));
}

/** True when the candidate directly follows a capital "The" (part of a title: "The Guardian"). */
export function followsCapitalThe(c: Candidate): boolean {
  return /(?:^|[^\p{L}])The\s$/u.test(textBefore(c, 12));
}

/** A place reading: "in X", "across south-west X", "X-based". */
export function locativeBefore(c: Candidate): boolean {
  return LOCATIVE.test(textBefore(c, 60));
}

/** "the charity X", "consultancy firm X", "the Unite union", "wrote a column for X", "a spokesperson for X". */
export function orgNounAround(c: Candidate): boolean {
  if (ORG_NOUNS.has(wordBefore(c)) && !modifiesNextNoun(c)) return true;
  const before = textBefore(c, 60);
  if (/\b(?:wrote|write|writes|writing|column|article|interview|op-ed)\b[^.!?]{0,30}\b(?:for|in|to|with)\s+$/i.test(before)) return true;
  if (/\b(?:spokes(?:man|woman|person)|statement)\s+(?:for|from|by)\s+(?:the\s+)?$/i.test(before)) return true;
  // "accounts filed with Companies House", "registered with the Charity Commission": a registry.
  if (c.tokens.length >= 2 && /\b(?:filed|registered|lodged|submitted|deposited)\s+(?:\w+\s+){0,2}(?:with|at)\s+(?:the\s+)?$/i.test(before)) return true;
  // ("regional organiser for Unison", "a negotiator for the RCN": a union's officers; "organiser for the South East" is their patch.)
  const patch = PLACE_MODIFIERS.has((c.tokens[0]?.text ?? '').toLowerCase()) || isKnownPlace(c.tokens.map((t) => t.text).join(' '));
  if (/\b(?:organi[sz]er|negotiator|convenor|shop steward)\s+(?:for|from)\s+(?:the\s+)?$/i.test(before) && !patch) return true;
  // "the farmers' association, the Deutscher Bauernverband, has": an apposition to an organisation noun.
  const noun = /([\p{Ll}-]+),\s+(?:the\s+)?$/u.exec(before)?.[1] ?? '';
  // ("Oneworld's publisher, Juliet Mabey," is a person: a given name outweighs the noun.)
  if (ORG_NOUNS.has(noun) && /^,/.test(textAfter(c, 2)) && !isFirstName(c.tokens[0]?.text ?? '')) return true;
  if (c.tokens.at(-1)?.possessive) return false;
  // "Consumer group Which? said": a word before "group" and another name only describes that name.
  // "a Leicester firm", "an Omaha company": after "a" the body is unnamed and the word only says where it is.
  return ORG_NOUNS_AFTER.test(textAfter(c, 20)) && !/^\s+(?:trade\s+)?\p{Ll}+\s+\p{Lu}/u.test(textAfter(c, 30)) && !/\b(?:a|an|another)\s+$/i.test(textBefore(c, 10));
}

/** "X chief executive", "X's spokeswoman": an organisation that has office-holders. */
export function orgRoleAfter(c: Candidate): boolean {
  if (outletRevealsAfter(c)) return true;
  // "Its Canterbury regional manager": after "its" the body is named already and the word says where.
  return ORG_ROLE_AFTER.test(textAfter(c, 40)) && !/\b(?:[Ii]ts|[Tt]heir)\s+$/.test(textBefore(c, 8));
}

/** "…, the Northshire Echo can reveal": how a newspaper announces its own story. */
function outletRevealsAfter(c: Candidate): boolean {
  return /^\s+can\s+(?:now\s+|exclusively\s+|today\s+)?reveal\b/.test(textAfter(c, 40));
}

/** A job title just before: "chief social worker X", "Its president, X", "Pfizer spokeswoman X". */
export function roleBefore(c: Candidate): boolean {
  const before = textBefore(c, 90);
  const word = /([\p{Ll}-]+),?\s+$/u.exec(before)?.[1] ?? '';
  // "Its national officer for food, Declan Hurley": the role's own "of/for" phrase sits in between.
  const scoped = /([\p{Ll}-]+)\s+(?:of|for|at|on)\s+(?:[\p{Ll}’'-]+\s+){0,2}[\p{Ll}’'-]+,\s+$/u.exec(before)?.[1] ?? '';
  // "the Minister, Niall Ó Ceallaigh,", "a spokesperson for the Department of Water and Sanitation, Wisani Maluleke,":
  // a capitalised title, or a role scoped to a named body, in apposition before a name set off by commas.
  const inCommas = /^,/.test(textAfter(c, 2));
  const titled = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?)\s+(?:\p{Ll}+[’']s\s+)?(?:[\p{Lu}][\p{L}-]+\s+){0,3}([\p{Lu}][\p{L}-]+),\s+$/u.exec(before)?.[1] ?? '';
  const named = /\b([\p{Ll}-]+)\s+(?:of|for|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){0,6}[\p{Lu}][\p{L}’'-]*,\s+$/u.exec(before)?.[1] ?? '';
  return isRoleWord(word) || isRoleWord(scoped) || (inCommas && (isRoleWord(titled.toLowerCase()) || isRoleWord(named)));
}

/** "said X", "according to X": X is being quoted. */
export function speechBefore(c: Candidate): boolean {
  return /(?:\bsaid|\bsays|\baccording to|\btold|\badded|\bwrote|\b(?:led|headed|chaired|founded|fronted) by)\s+$/i.test(textBefore(c, 24));
}

/** "X said", "X, who...", "X says": X speaks or acts. */
export function speechAfter(c: Candidate): boolean {
  const after = textAfter(c, 30);
  const word = /^\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
  return SPEECH.test(word) || /^\s+(?:has|had|have)\s+(?:said|told|warned|argued|called|written)\b/i.test(after);
}

/** "X said it would", "X, which": pronoun "it" refers back, so X is a body, not a person. */
export function itAfter(c: Candidate): boolean {
  return /^\s+(?:(?:has|had|have)\s+)?(?:said|says|added|warned|announced|confirmed|insisted|argued|claimed|stated|admitted|believes|thinks|hopes|expects)\s+(?:(?:on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|this\s+\p{Ll}+|yesterday|today|earlier|in a statement)\s+)?(?:that\s+)?(?:it|its)\b/iu.test(textAfter(c, 80));
}

/** A wire dateline credit: "SAN FRANCISCO (Reuters) -", "WASHINGTON (AP) —". */
export function datelineCredit(c: Candidate): boolean {
  // "NEW DELHI, June 5 (Reuters) -": the dateline may carry the day.
  return /^\s*[\p{Lu}][\p{Lu}\s.,'-]*(?:,?\s+\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2})?)?\s*\($/u.test(textBefore(c, 60)) && /^\)\s*[-—–]/.test(textAfter(c, 4));
}

/** "the Trump administration", "the Smith family": the word qualifies a person-related noun. */
export function qualifiesPersonNoun(c: Candidate): boolean {
  return /^\s+(?:administration|government|presidency|era|family|campaign|years|regime|estate|household|children)\b/.test(textAfter(c, 20));
}

/** "the rival Mosquirix vaccine", "the R21 malaria vaccine": the word only qualifies the noun after it. */
export function modifiesNextNoun(c: Candidate): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(textAfter(c, 30))?.[1] ?? '';
  if (!next || SPEECH.test(next) || AUXILIARY.test(next)) return false;
  const tags = lexiconTags(next);
  return !tags.some((t) => NOT_NOUN_TAGS.has(t)) && !/(?:ed|ly)$/.test(next);
}

/** A verb right after the candidate ("said", "top-scored", "advised"), auxiliaries and copulas aside. */
export function actsAfter(c: Candidate): boolean {
  const [, next = '', then = ''] = /^\s+(\p{Ll}[\p{Ll}-]*)\b(?:\s+(\p{Ll}+))?/u.exec(textAfter(c, 40)) ?? [];
  // "Ofsted will inspect", "Unison has warned": a modal or "has" before a verb of action.
  // ("Azure had added customers": after an auxiliary "added" is no longer speech.)
  if (/^(?:has|had|have)$/.test(next)) return SPEECH.test(then) && !/^add/.test(then);
  if (/^(?:will|would|can|could|should|may|might|must)$/.test(next)) return SPEECH.test(then) || lexiconTags(then).includes('Infinitive');
  if (!next || /^(?:is|was|were|are|be|been|and|or|of|in|on|at|to|for|with|from|by|as)$/.test(next)) return SPEECH.test(next);
  const tags = lexiconTags(next);
  return SPEECH.test(next) || tags.some((t) => t === 'PastTense' || t === 'PresentTense') || (tags.length === 0 && /^[a-z-]{3,}(?:ed|es)$/.test(next));
}

/** "X said", "X will inspect": the candidate speaks, or acts through a modal (not "has", which also opens perfects of places). */
export function speaksOrWill(c: Candidate): boolean {
  const [, next = '', then = ''] = /^\s+(\p{Ll}+)\b(?:\s+(\p{Ll}+))?/u.exec(textAfter(c, 40)) ?? [];
  if (/^(?:will|would|could|should|may|must)$/.test(next)) return lexiconTags(then).includes('Infinitive') && !/^(?:be|have)$/.test(then);
  // ("Ofsted rated the council…", "Monitor fined the trust…": what regulators and bodies do, in the past tense.)
  return SPEECH.test(next) || /^(?:accused|criticised|criticized|condemned|praised|blamed|demanded|rejected|dismissed|questioned|sued|appealed|rated|inspected|judged|ruled|ordered|fined|published|announced|approved|launched|issued|warned|confirmed|estimated)$/.test(next);
}

/** A finite verb right after the candidate ("which Ofsted rated", "Moderna rose"). */
export function verbAfterWord(c: Candidate): string {
  return /^\s+(\p{Ll}+)/u.exec(textAfter(c, 30))?.[1] ?? '';
}

/** What an apposition or relative clause after the candidate says it is ("X, the union", "X, who"). */
export function appositionKind(c: Candidate): CueKind {
  const after = textAfter(c, 120);
  if (/^,\s+who\b/i.test(after) || /^,\s+\d{1,3},/.test(after) || /^\s*\(\d{1,3}\)/.test(after)) return 'person';
  if (/^,\s+which\b/i.test(after)) return 'organisation';
  // ("X, whose two children attend …", "whose eldest son …": a count or an order may come first.)
  if (/^,\s+whose\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|eldest|youngest|older|younger|oldest|late|own|only|disabled|autistic)\s+)?(?:father|mother|sons?|daughters?|wife|husband|partner|brothers?|sisters?|parents|child|children|kids|twins|baby|family|mum|dad|grand\p{Ll}+|step\p{Ll}+)\b/iu.test(after)) return 'person';
  // "Slack, now owned by Salesforce", "X, a subsidiary of Y": only a body is owned or run.
  // ("Magnolia Crest is owned by Delta Eldercare": the same said as a sentence.)
  if (/^,\s+(?:now\s+|which is\s+|recently\s+|itself\s+)?(?:owned|bought|acquired|run|backed|funded|founded|controlled)\s+by\b/i.test(after)) return 'organisation';
  if (/^\s+(?:is|was|has been)\s+(?:now\s+|wholly\s+)?(?:owned|bought|acquired|operated|controlled)\s+by\b/i.test(after)) return 'organisation';
  // "X, of the Spanish National Research Council": an affiliation, so X is a person.
  if (/^,\s+(?:of|from)\s+(?:the\s+)?\p{Lu}/u.test(after)) return 'person';
  const clause = APPOSITION.exec(after)?.[1];
  // "Leigh Day, whose solicitor Merry Varney": the clause describes someone else.
  if (!clause || /^(?:whose|where|when|while|but|and|as|after|before|because|although|though|if|including|such|like)\b/i.test(clause)) return null;
  // "Wisani Maluleke, said the department had": a speech verb after the comma closes an apposition, it opens none.
  if (SPEECH.test(/^\p{L}+/u.exec(clause)?.[0] ?? '')) return null;
  const words = clause.split(/\s+/).map((w) => w.replace(/[’']s$/, ''));
  const cut = words.findIndex((w, i) => i > 0 && CLAUSE_END.test(w));
  // "exported through Nhava Sheva, the company said": a speech tag after the comma, not an apposition.
  const tag = words.findIndex((w, i) => i > 0 && i <= 3 && SPEECH.test(w));
  if (tag > 0 && words.slice(0, tag).every((w) => /^[\p{Ll}-]+$/u.test(w) && !/^(?:who|which|that)$/.test(w))) return null;
  const head = (cut > 0 ? words.slice(0, cut) : words).filter((w) => /^[\p{Ll}-]+$/u.test(w));
  const last = head.at(-1) ?? '';
  if (ORG_NOUNS.has(last) || ORG_NOUNS.has(last.replace(/s$/, ''))) return 'organisation';
  if (head.length > 0 && (isRoleWord(last) || head.some((w) => w === 'chief' || w === 'director' || w === 'professor'))) return 'person';
  return null;
}

const NOT_ROLES = new Set(['of', 'for', 'the', 'state', 'first', 'vice', 'deputy', 'shadow', 'chief', 'general', 'prime', 'lord', 'lady', 'justice']);

/** A word naming a job or kind of person ("spokeswoman", "professor", "striker"). */
export function isRoleWord(word: string): boolean {
  // "co-founder", "vice-chair", "ex-manager" are roles like their last part.
  const w = word.toLowerCase().replace(/^(?:co|vice|ex|deputy|joint|acting|interim)-/, '');
  return (TITLE_WORDS.has(w) && !NOT_ROLES.has(w)) || PERSON_NOUNS.has(w) || isActorNoun(w) || isAgentNoun(w);
}

/** The sentence the candidate sits in (split at . ! ? followed by a space). */
export function sentenceOf(c: Candidate): string {
  const text = c.segmentText;
  const start = c.tokens[0]?.start ?? 0;
  const end = c.tokens.at(-1)?.fullEnd ?? start;
  const from = text.slice(0, start).search(/[.!?][^.!?]*$/) + 1;
  const after = text.slice(end).search(/[.!?](?:\s|$)/);
  return text.slice(from, after < 0 ? text.length : end + after + 1);
}
