/**
 * Organisation-name rules: which head word makes a capitalised phrase a body
 * (and of what sort), which phrases are generic or job titles, and which shorter
 * forms an organisation can later be called by ("Harrowgate", "Rovers", "CYP Now").
 */
import { isCommonWord, isDemonym, isFirstName, isKnownPlace, lexiconTags } from './lexicon.ts';
import { isTitleWord } from './person-patterns.ts';
import { CLUB_HEADS, COMPANY_HEADS, ORG_HEADS, PLACE_HEADS, PLACE_MODIFIERS, PUBLICATION_HEADS, TITLE_WORDS } from './word-lists.ts';

/** What kind of body a head word makes a phrase; decides which short forms are allowed. */
export type HeadClass = 'company' | 'club' | 'publication' | 'org';

const GENERIC_HEADS = new Set(['services', 'service', 'government', 'team', 'teams', 'unit', 'division', 'sector', 'sectors', 'committee', 'board', 'group', 'groups', 'network', 'panel', 'trust', 'fund', 'project', 'campaign', 'school', 'schools', 'council', 'councils', 'hospital']);
const LEGAL_SUFFIX = /^(?:ltd|limited|plc|inc|incorporated|llc|llp|corp|corporation|co|group|holdings|magazine|newspaper|party)\.?$/i;
const OF_WORDS = new Set(['of', 'for', 'on']);
const NO_WORDS: ReadonlySet<string> = new Set();

const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/[’']s$/, '');

/** The head class of a multi-word phrase ("Kingston University" -> org, "Serco Group" -> company), or null. */
export function orgHeadClass(words: readonly string[]): HeadClass | null {
  if (words.length < 2) return null;
  const low = words.map(lower);
  const last = low.at(-1) ?? '';
  if (COMPANY_HEADS.has(last)) return 'company';
  if (CLUB_HEADS.has(last) && !isKnownPlace(words.join(' '))) return 'club';
  if (PUBLICATION_HEADS.has(last)) return 'publication';
  if (ORG_HEADS.has(last)) return 'org';
  const of = low.findIndex((w) => OF_WORDS.has(w));
  if (of > 0 && low.slice(0, of).some((w) => ORG_HEADS.has(w) || COMPANY_HEADS.has(w) || w === 'house')) return 'org';
  // "Trinity College Dublin", "Science Foundation Ireland", "Université Paris-Saclay".
  const inner = low.findIndex((w) => ORG_HEADS.has(w));
  const rest = words.slice(inner + 1);
  if (inner >= 0 && rest.length > 0 && rest.every((w) => isKnownPlace(w) || (inner === 0 && !isCommonWord(w, NO_WORDS)))) return 'org';
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
  return GENERIC_HEADS.has(low[1] ?? '') && isCommonWord(modifier, articleWords) && !isDemonym(modifier) && !isKnownPlace(modifier);
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
  if (PLACE_HEADS.has(low.at(-1) ?? '') && !(words.length === 2 && isFirstName(words[0] ?? ''))) return true;
  return low.length >= 2 && PLACE_MODIFIERS.has(low[0] ?? '') && isKnownPlace(words.slice(1).join(' '));
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
  // "Conservative party" is also "the Conservatives".
  if (/^party$/i.test(words.at(-1) ?? '') && core.length < words.length) forms.add(`${core.join(' ')}s`);
  // "Amazon.com" is also "Amazon".
  if (words.length === 1 && /\.(?:com|co\.uk|net|org)$/i.test(name)) forms.add(name.replace(/\.(?:com|co\.uk|net|org)$/i, ''));
  const first = core[0] ?? '';
  const firstIsName = !isCommonWord(first, articleWords) && !/^(?:of|for|the|and)$/i.test(first);
  if ((head === 'company' || head === 'club') && core.length >= 2 && firstIsName) forms.add(first);
  if (head === 'club' && words.length === 2 && !/^a?fc$/i.test(words[1] ?? '')) forms.add(words[1] ?? '');
  return [...forms].map((f) => f.toLowerCase()).filter((f) => f !== name.toLowerCase());
}

/** Sentence-level test: does the text talk about councils, so a bare place may be acting as one? */
export function talksAboutCouncils(sentence: string): boolean {
  // Lower case only: "Spanish National Research Council" is a name, not talk about councils.
  return /\b(?:councils?|local authorit(?:y|ies)|authorities|boroughs|unitary)\b/.test(sentence) || /^\s*(?:Councils|Local authorities)\b/.test(sentence);
}
