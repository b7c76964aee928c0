/**
 * Party names used as descriptors of people rather than as bodies: "Labour MPs",
 * "SNP ministers", "Senior Tories", "House Republicans". Such a mention may join the party
 * when the article names it as a body elsewhere ("Labour said"), but never founds it.
 */
import { textAfter } from './context-cues.ts';
import type { Candidate } from './find-name-candidates.ts';
import { spanOf, type Proposal } from './proposals.ts';
import { PARTY_NAMES } from './word-lists.ts';

// Plural nouns for a party's people: "Labour MPs", "SNP councillors", "Labour figures said".
const MEMBERS = /^(?:mps|msps|meps|mlas|ams|tds|mpps|mks|senators|congressmen|congresswomen|lawmakers|legislators|councillors|councilmembers|councilors|members|peers|ministers|frontbenchers|backbenchers|rebels|whips|grandees|figures|sources|insiders|aides|strategists|officials|politicians|leaders|candidates|activists|supporters|voters|donors|delegates|colleagues|representatives|governors|mayors|hopefuls|moderates|centrists|loyalists)$/i;
// "Senior Tories", "House Republicans": a word before a plural party name picks out some of its people.
const PLURAL_PARTIES = new Set(['tories', 'conservatives', 'democrats', 'republicans', 'greens', 'lib dems', 'liberal democrats']);
// "Conservative MPs", "Republican senators", "Lib Dem councillors": the party's adjective before a member noun.
const PARTY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['conservative', 'Conservatives'],
  ['tory', 'Conservatives'],
  ['liberal democrat', 'Liberal Democrats'],
  ['lib dem', 'Liberal Democrats'],
  ['democratic', 'Democrats'],
  ['republican', 'Republicans'],
  // (Not "green": "Green activists" are as often environmentalists as party members.)
]);
const partyOf = (lower: string) => PARTY_NAMES.get(lower) ?? PARTY_ADJECTIVES.get(lower);

/**
 * Weak mentions of a party that only describes people, or null when the candidate is no such
 * descriptor. The proposals are short forms without an organisation cue, so they attach to the
 * party only if the article names it as a body.
 */
export function partyDescriptor(c: Candidate): Proposal[] | null {
  const words = c.tokens.map((t) => t.text);
  const lower = words.join(' ').toLowerCase();
  const last = c.tokens.at(-1);
  if (!last || last.possessive) return null;
  // "Labour MPs", "SNP ministers": the party word and a plural member noun.
  const party = partyOf(lower);
  if (party && MEMBERS.test(/^\s+(\p{L}+)/u.exec(textAfter(c, 30))?.[1] ?? '')) return [weak(c, 0, words.length, party)];
  // "SNP MSPs": the member noun is capitalised and joined the run.
  const head = words.slice(0, -1).join(' ').toLowerCase();
  const headParty = partyOf(head);
  if (words.length >= 2 && MEMBERS.test(last.text) && headParty) return [weak(c, 0, words.length - 1, headParty)];
  // "Senior Tories", "House Republicans", "Backbench Conservatives".
  const tail = words.slice(1).join(' ').toLowerCase();
  if (words.length >= 2 && PLURAL_PARTIES.has(tail) && !PARTY_NAMES.has(lower)) return [weak(c, 1, words.length, PARTY_NAMES.get(tail) ?? tail)];
  return null;
}

function weak(c: Candidate, from: number, to: number, party: string): Proposal {
  const first = c.tokens[from];
  const last = c.tokens[to - 1];
  if (!first || !last) throw new Error('party descriptor outside its candidate');
  return { kind: 'short', form: party, honorific: null, orgCue: false, placeLike: false, initial: false, ...spanOf(c, first, last) };
}
