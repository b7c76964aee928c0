/**
 * Organisation-name rules: which head word makes a capitalised phrase a body
 * (and of what sort), which phrases are generic or job titles, and which shorter
 * forms an organisation can later be called by ("Harrowgate", "Rovers", "CYP Now").
 */
import { isCommonWord, isDemonym, isFirstName, isKnownPlace, isLastName, lexiconTags } from './lexicon.ts';
import { isTitleWord } from './person-patterns.ts';
import { CLUB_HEADS, COMPANY_HEADS, FACILITY_HEADS, LEADING_ORG_HEADS, ORG_HEADS, PLACE_HEADS, PLACE_LEADS, PLACE_MODIFIERS, PUBLICATION_HEADS, TITLE_WORDS } from './word-lists.ts';

/** What kind of body a head word makes a phrase; decides which short forms are allowed. */
export type HeadClass = 'company' | 'club' | 'publication' | 'org';

const GENERIC_HEADS = new Set(['services', 'service', 'government', 'team', 'teams', 'unit', 'division', 'sector', 'sectors', 'committee', 'board', 'group', 'groups', 'network', 'panel', 'trust', 'fund', 'project', 'campaign', 'school', 'schools', 'council', 'councils', 'hospital']);
const LEGAL_SUFFIX = /^(?:\(?(?:pvt|pty|private)\)?|ltd|limited|plc|teo|teoranta|cyf|inc|incorporated|llc|llp|corp|corporation|co|group|holdings|magazine|newspaper|party|ab|ag|gmbh|sa|nv|bv|asa|oyj|se|pty|bhd|berhad|sdn|pte|pjsc|jsc|fze|fzco|kk|spa|srl|sarl|a\/s|tbk)\.?$/i;
// "Hospice at Home", "Te Rūnanga o Ngāti Kōwhai": a run only holds "at" or "o" after a body's head.
const OF_WORDS = new Set(['of', 'for', 'on', 'at', 'o']);
const PORTFOLIO_SUFFIX = /(?:ure|ies|ment|tion|sion|ity|ing|ance|ence|rce|ral|nal|ics|logy|ism|age|ary|ery|ship|cy)s?$/;
const NO_WORDS: ReadonlySet<string> = new Set();
/** Words that open a learned journal's name before "of": "Journal of …", "Annals of …". */
const JOURNAL_HEADS = new Set(['journal', 'proceedings', 'annals', 'archives', 'transactions']);

const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/[’']s$/, '');

/** The head class of a multi-word phrase ("Kingston University" -> org, "Serco Group" -> company), or null. */
export function orgHeadClass(words: readonly string[]): HeadClass | null {
  if (words.length < 2) return null;
  const low = words.map(lower);
  // "Chicago Sun-Times": a hyphenated last word has its head after the hyphen.
  const last = (low.at(-1) ?? '').replace(/^.*-(?=\p{L}{3,}$)/u, '');
  // "Banca Adriatica SpA": the Italian form only in its own spelling ("Leamington Spa" is a town).
  if (COMPANY_HEADS.has(last) || /^S\.?p\.?A\.?$/.test(words.at(-1) ?? '')) return 'company';
  if (CLUB_HEADS.has(last) && !isKnownPlace(words.join(' '))) return 'club';
  if (PUBLICATION_HEADS.has(last)) return 'publication';
  // "Council Finance Today", "Nursing Times Today": a trade title; two capitalised words at least before it.
  if (last === 'today' && words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w))) return 'publication';
  if (ORG_HEADS.has(last)) return 'org';
  // "Universidad de Concepción", "Parti Québécois", "Banca Adriatica": Romance languages put the head first.
  // ("An Bord Pleanála": after the Irish article.)
  const lead = low[0] === 'an' && words.length >= 3 ? 1 : 0;
  if (LEADING_ORG_HEADS.has(low[lead] ?? '') && /^\p{Lu}/u.test(words[lead] ?? '')) return 'org';
  const of = low.findIndex((w) => OF_WORDS.has(w));
  // "Journal of Child Welfare Research", "Proceedings of the Royal Society": a learned journal.
  if (of > 0 && low.slice(0, of).some((w) => JOURNAL_HEADS.has(w)) && of < low.length - 1) return 'publication';
  if (of > 0 && low.slice(0, of).some((w) => ORG_HEADS.has(w) || COMPANY_HEADS.has(w) || w === 'house')) return 'org';
  // "Trinity College Dublin", "Science Foundation Ireland", "Université Paris-Saclay".
  // "University Hospital Limerick": proper words after the last head name its place.
  const inner = low.findLastIndex((w) => ORG_HEADS.has(w));
  const rest = words.slice(inner + 1);
  const proper = (w: string): boolean => /^\p{Lu}/u.test(w) && !isCommonWord(w, NO_WORDS) && !isFirstName(w) && !isTitleWord(w);
  if (inner >= 0 && rest.length > 0 && rest.length <= 2 && rest.every((w) => isKnownPlace(w) || ((inner === 0 || inner === low.length - 2) && proper(w)))) return 'org';
  return null;
}

/**
 * True for phrases that name a kind of body, not a body: a bare head ("Council"),
 * or an ordinary word plus a generic head ("Social Services", "Finance Committee").
 */
export function isGenericOrgName(words: readonly string[], articleWords: ReadonlySet<string>): boolean {
  const low = words.map(lower);
  if (low.length === 1) return ORG_HEADS.has(low[0] ?? '') || COMPANY_HEADS.has(low[0] ?? '');
  if (low.length !== 2 || /[’']s?$/.test(words[0] ?? '')) return false;
  // "Scottish Government", "European Council": a demonym or place makes it a particular body.
  const modifier = words[0] ?? '';
  const numeral = lexiconTags(modifier).some((t) => t === 'TextValue' || t === 'Cardinal');
  return GENERIC_HEADS.has(low[1] ?? '') && isCommonWord(modifier, articleWords) && !isDemonym(modifier) && !isKnownPlace(modifier) && !numeral;
}

/**
 * True for a word that can name a government portfolio or a body's field ("Agriculture",
 * "Fisheries", "Rural Development", "Main Roads"): an ordinary word, a word with an abstract-noun
 * ending, or the plural of a place or body head. Never a place or a given name.
 */
export function isPortfolioWord(word: string, articleWords: ReadonlySet<string>): boolean {
  if (isKnownPlace(word) || isFirstName(word)) return false;
  const low = lower(word);
  const head = (w: string): boolean => PLACE_HEADS.has(w) || ORG_HEADS.has(w);
  return isCommonWord(word, articleWords) || PORTFOLIO_SUFFIX.test(low) || (low.endsWith('s') && head(low.slice(0, -1)));
}

/**
 * True for ordinary words before a country ("Focus Ireland", "Sport England", "Historic England"):
 * a national body. Compass words and demonyms make a place ("Northern Ireland"), "of" a state.
 */
export function isCountryBody(words: readonly string[], articleWords: ReadonlySet<string>): boolean {
  if (words.length < 2) return false;
  // "Environment Canterbury", "Transport Scotland": one abstract noun before a region names its agency.
  // ("Environment Southland": after an abstract -ment/-ity/-ism noun an unknown proper word is a place too.)
  const place = words[1] ?? '';
  const unknownPlace = /^\p{Lu}\p{Ll}+$/u.test(place) && lexiconTags(place).length === 0 && /(?:ment|ity|ism)$/.test(lower(words[0] ?? ''));
  if (words.length === 2 && (isKnownPlace(place) || unknownPlace) && isAgencyNoun(words[0] ?? '')) return true;
  if (!lexiconTags(words.at(-1) ?? '').includes('Country')) return false;
  const ordinary = (w: string): boolean => isCommonWord(w, articleWords) || (/^\p{Lu}\p{Ll}+$/u.test(w) && lexiconTags(w).length === 0);
  return words.slice(0, -1).every((w) => ordinary(w) && !/^(?:of|the|and|for)$/i.test(w) && !PLACE_MODIFIERS.has(lower(w)) && !isDemonym(w) && !isKnownPlace(w) && !isFirstName(w) && !isTitleWord(w));
}

/**
 * True for a sports team named by a place-like word and a plural nickname ("Worcester Warriors",
 * "Leicester Tigers"); a personal name never ends in an ordinary plural ("Chris Evans" is a first name).
 */
export function isTeamName(words: readonly string[], articleWords: ReadonlySet<string>): boolean {
  const nickname = words.at(-1) ?? '';
  if (words.length < 2 || words.length > 3 || !/[^s]s$/.test(nickname) || isLastName(nickname)) return false;
  // A nickname is not a word the article also uses as an ordinary noun ("Voluntary Sectors" beside "the sector").
  const singular = nickname.slice(0, -1).toLowerCase();
  if (articleWords.has(singular) || articleWords.has(nickname.toLowerCase())) return false;
  // Only a plural the lexicon knows: family names ending in -s ("Mendis", "Pitts") must not pass.
  return lexiconTags(nickname).includes('Plural') && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(w, articleWords) && !isFirstName(w) && !isDemonym(w));
}

/** True for job titles written in capitals ("Education Secretary", "Chief Social Worker"). */
export function isTitlePhrase(words: readonly string[]): boolean {
  const low = words.map(lower);
  const last = low.at(-1) ?? '';
  if (low.some((w) => ORG_HEADS.has(w) && !isTitleWord(w)) || low.some((w) => COMPANY_HEADS.has(w))) return false;
  // Plurals ("Children", "Lords") are groups of people, not a title.
  const plural = /[^s]s$/.test(last) || lexiconTags(last).includes('Plural');
  // Every word before the title must be an ordinary word ("Education Secretary"), not a name ("Ollie Pope").
  const modifiers = words.slice(0, -1).every((w) => isTitleWord(w) || isCommonWord(w, NO_WORDS) || isDemonym(w) || isKnownPlace(w) || /^(?:of|for|the|and)$/i.test(w) || /\p{Lu}{2}/u.test(w));
  return isTitleWord(last) && !(plural && !TITLE_WORDS.has(last)) && modifiers && !isFirstName(words[0] ?? '');
}

/** True for places and buildings: "Memorial Stadium", "West Yorkshire", "Capitol Hill", "New York". */
export function isPlacePhrase(words: readonly string[]): boolean {
  const low = words.map(lower);
  if (isKnownPlace(words.join(' '))) return true;
  // "Damon Hill" is a person, "Gordon Highway" a road: only some heads are also family names.
  if (PLACE_HEADS.has(low.at(-1) ?? '') && !(words.length === 2 && isFirstName(words[0] ?? '') && !FACILITY_HEADS.has(low.at(-1) ?? ''))) return true;
  if (low.length >= 2 && PLACE_LEADS.has(low[0] ?? '') && !low.some((w) => ORG_HEADS.has(w) || COMPANY_HEADS.has(w))) return true;
  return low.length >= 2 && PLACE_MODIFIERS.has(low[0] ?? '') && isKnownPlace(words.slice(1).join(' '));
}

/** The name without its legal suffixes ("BHP Group" -> "BHP", "Halden Foods plc" -> "Halden Foods"). */
export function legalCore(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  while (words.length > 1 && LEGAL_SUFFIX.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/**
 * Lower-case forms an organisation may be called by later in the same article:
 * without its legal suffix ("Harrowgate Foods"), its first word for companies and clubs
 * ("Harrowgate", "Exeter"), a club's head ("Rovers"), a publication without "The".
 */
export function orgShortForms(name: string, head: HeadClass | null, articleWords: ReadonlySet<string>): string[] {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const forms = new Set<string>();
  let core = words;
  while (core.length > 1 && LEGAL_SUFFIX.test(core.at(-1) ?? '')) core = core.slice(0, -1);
  while (core.length > 1 && /^(?:&|and)$/.test(core.at(-1) ?? '')) core = core.slice(0, -1);
  if (core.length < words.length) forms.add(core.join(' '));
  // "Okorie Refining Company Ltd" is also "Okorie Refining": a generic company word after the distinctive ones.
  if (core.length >= 3 && /^(?:company|corporation|group|holdings)$/i.test(core.at(-1) ?? '')) forms.add(core.slice(0, -1).join(' '));
  // "Conservative party" is also "the Conservatives".
  if (/^party$/i.test(words.at(-1) ?? '') && core.length < words.length) forms.add(`${core.join(' ')}s`);
  // "Leeds Teaching Hospitals NHS Trust" is also "Leeds Teaching Hospitals".
  // (Only an NHS trust: "Bobby Robson Foundation Trust" is named after a man, who keeps his name.)
  const nhsTrust = /\sNHS\s+(?:Foundation\s+)?Trust$/u.exec(core.join(' '));
  if (nhsTrust && core.join(' ').slice(0, nhsTrust.index).split(' ').length >= 2) forms.add(core.join(' ').slice(0, nhsTrust.index));
  // "Castle Vale Academy" is also "Castle Vale": a school named after its place, in two words or more.
  // ("Thomas Telford School", "King Edward VI School": named after a person, whose name stays his.)
  const namedForPerson = isFirstName(core[0] ?? '') || isTitleWord(core[0] ?? '');
  if (core.length >= 3 && /^(?:academy|school|college)$/i.test(core.at(-1) ?? '') && !namedForPerson && core.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) forms.add(core.slice(0, -1).join(' '));
  // "Amazon.com" is also "Amazon".
  if (words.length === 1 && /\.(?:com|co\.uk|net|org)$/i.test(name)) forms.add(name.replace(/\.(?:com|co\.uk|net|org)$/i, ''));
  // "U.S. Justice Department" is also "Justice Department".
  if (/^(?:u\.s\.?|us|u\.k\.?|uk)$/i.test(core[0] ?? '') && core.length >= 3) forms.add(core.slice(1).join(' '));
  // "Moss Side Otters Swimming Club" is also "Moss Side Otters" and "the Otters".
  if (/^(?:club|fc|afc|rfc|rufc|cc)$/i.test(core.at(-1) ?? '') && core.length >= 3) {
    // "Holmfirth & District CC" is "Holmfirth & District": two places joined by "&" keep both, and neither is a nickname.
    const joined = core.some((w) => w === '&' || w === 'and');
    const team = core.slice(0, isCommonWord(core.at(-2) ?? '', articleWords) && core.length >= 4 && !joined ? -2 : -1);
    const nickname = team.at(-1) ?? '';
    if (team.length >= 2) forms.add(team.join(' '));
    if (team.length >= 2 && /[^s]s$/.test(nickname) && !isKnownPlace(nickname) && !joined) forms.add(nickname);
  }
  // "Army Corps of Engineers" is also "the Corps", "Te Rūnanga o Ngāti Kōwhai" "the Rūnanga": the head before "of".
  const of = core.findIndex((w) => /^(?:of|o|for|on)$/.test(w));
  if (of >= 2 && /^\p{Lu}/u.test(core[of - 1] ?? '')) forms.add(core[of - 1] ?? '');
  const first = core[0] ?? '';
  const firstIsName = !isCommonWord(first, articleWords) && !/^(?:of|for|the|and)$/i.test(first);
  if ((head === 'company' || head === 'club') && core.length >= 2 && firstIsName) forms.add(first);
  // "Terravolt Analytics" is also "Terravolt": a coined first word the lexicon has never seen names the body alone.
  const coined = firstIsName && lexiconTags(first).length === 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(first) && !isKnownPlace(first);
  if (coined && core.length >= 2 && !core.some((w) => /^(?:of|for|and|&|on)$/i.test(w))) forms.add(first);
  // "Falcon Crest Airways" is also "Falcon Crest": a trade word after two or more name words.
  if (head === 'company' && core.length >= 3 && firstIsName && COMPANY_HEADS.has(lower(core.at(-1) ?? '')) && !isCommonWord(core.at(-2) ?? '', articleWords)) forms.add(core.slice(0, -1).join(' '));
  // "Greenfield Crest Engineering Limited" is also "Greenfield Crest": a registered company's trade word dropped.
  if (head === 'company' && core.length >= 3 && core.length < words.length && firstIsName && COMPANY_HEADS.has(lower(core.at(-1) ?? ''))) forms.add(core.slice(0, -1).join(' '));
  if (head === 'club' && words.length === 2 && !/^(?:a?fc|ru?fc|cc)$/i.test(words[1] ?? '')) forms.add(words[1] ?? '');
  return [...forms].map((f) => f.toLowerCase()).filter((f) => f !== name.toLowerCase());
}

/** Sentence-level test: does the text talk about councils, so a bare place may be acting as one? */
export function talksAboutCouncils(sentence: string): boolean {
  // Lower case only: "Spanish National Research Council" is a name, not talk about councils.
  return /\b(?:councils?|local authorit(?:y|ies)|authorities|boroughs|unitary)\b/.test(sentence) || /^\s*(?:Councils|Local authorities)\b/.test(sentence);
}

/** A field-of-work noun that can lead an agency's name ("Environment", "Transport", "Sport"): never an adjective, place or name. */
function isAgencyNoun(word: string): boolean {
  const tags = lexiconTags(word);
  const noun = tags.some((t) => t === 'Singular' || t === 'Uncountable' || t === 'Noun') || /(?:ment|ism|ure|ity)$/.test(word.toLowerCase());
  return /^\p{Lu}\p{Ll}+$/u.test(word) && noun && !tags.some((t) => t === 'Adjective' || t === 'Plural') && !isFirstName(word) && !isLastName(word) && !isKnownPlace(word) && !isDemonym(word) && !PLACE_MODIFIERS.has(lower(word)) && !isTitleWord(word) && !PLACE_HEADS.has(lower(word));
}
