/**
 * Context that says a capitalised word is a place, a road or an event rather than a body:
 * a road number ("the A14", "M74"), a named storm ("Hurricane Katrina"), a bearing ("north of
 * Kitwe"), and places listed after a locative ("in Grimsby and Cleethorpes", "residents of
 * Nether Edge and Sharrow Vale"), whose verb belongs to the noun before the preposition.
 */
import type { Candidate } from './find-name-candidates.ts';
import { textBefore } from './context-cues.ts';
import { isDemonym, isKnownPlace } from './lexicon.ts';
import { orgHeadClass } from './org-patterns.ts';

// "A14", "B1115", "M74", "A1(M)", "N7", "R445", "I-94": British, Irish and US road numbers.
const ROAD_CODE = /^(?:[ABMNR]\d{1,4}(?:\(M\))?|I-\d{1,3})$/;
const EVENT_LEADS = new Set(['storm', 'hurricane', 'cyclone', 'typhoon', 'tropical', 'ex-tropical', 'ex-hurricane', 'ex-cyclone', 'tornado', 'wildfire', 'bushfire']);
const EVENT_TAILS = new Set(['games', 'olympics', 'paralympics', 'open', 'cup', 'championship', 'championships', 'festival', 'expo', 'marathon', 'grand prix', 'prix', 'trophy', 'tournament', 'series', 'week', 'fair']);
const LOCATIVE = String.raw`(?:[Ii]n|[Nn]ear|[Aa]cross|[Aa]round|[Tt]hroughout|[Oo]utside)`;
// "residents of", "the villages of", "parts of": the places people live in.
const DWELLERS = String.raw`(?:[Rr]esidents|[Pp]eople|[Vv]illagers|[Tt]ownspeople|[Ii]nhabitants|[Hh]ouseholders|[Pp]arts|[Aa]reas|[Vv]illages|[Tt]owns|[Ss]uburbs|[Ss]treets|[Tt]he (?:city|town|village|district|county|region|suburb|island|borough)s?)\s+(?:of|from)`;
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:upon|on|under|in|le|by|de)?\s*\p{Lu}[\p{L}’'.-]*)*`;
// A locative, then zero or more listed names, then the gap before the candidate.
const LISTED_PLACE = new RegExp(String.raw`\b(?:${LOCATIVE}|${DWELLERS})\s+(?:the\s+)?(?:${NAME}\s*,\s*(?:the\s+)?)*(?:${NAME}\s*,?\s+(?:and|or)\s+(?:the\s+)?)?$`, 'u');
const OBJECT_OF = new RegExp(String.raw`\b(?:[Aa]t|${LOCATIVE}|[Ii]nside|[Ii]nto|[Tt]owards|from)\s+(?:the\s+)?(?:${NAME}\s*,\s*(?:the\s+)?)*(?:${NAME}\s*,?\s+(?:and|or)\s+(?:the\s+)?)?$`, 'u');
const PLACE_THE = new RegExp(String.raw`\b(?:at|in|into|to|near|from|outside|inside|across|around|through|for|along|over|under|beside|alongside|past|beyond|down|up|off|onto|towards|toward|via|below|above|behind|during)\s+the\s+(?:${NAME}\s*,\s*(?:the\s+)?)*(?:${NAME}\s*,?\s+(?:and|or)\s+the\s+)?$`, 'u');
// "240km north of", "south-west of", "miles from": a bearing or distance from a place.
const BEARING = /\b(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of|(?:km|kilometres|kilometers|miles|metres)\s+(?:from|outside))\s+(?:the\s+)?(?:(?:central|downtown|greater)\s+)?$/i;

/** True for a road number: "A14", "M74", "A1(M)", "I-94". */
export function isRoadCode(word: string): boolean {
  return ROAD_CODE.test(word);
}

/**
 * True for a named storm ("Storm Ophelia", "Hurricane Katrina") or a sporting or public event named
 * after a place, a people or the world ("Commonwealth Games", "Australian Open", "World Cup").
 */
export function isEventName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0] ?? '';
  const tail = (words.at(-1) ?? '').toLowerCase();
  const shared = isDemonym(first) || isKnownPlace(first) || /^(?:world|commonwealth|olympic|paralympic|winter|summer|youth|invictus|european|asian|pan)$/i.test(first);
  // "Hurricane Energy plc" is a company: a storm's name has no body's head.
  return (EVENT_LEADS.has(first.toLowerCase()) && !orgHeadClass(words)) || (shared && EVENT_TAILS.has(tail));
}

/**
 * "Fans at Anfield sang", "crowds in Trafalgar Square and Whitehall cheered": the candidate (or
 * the list it ends) is the object of a preposition, so the verb after it is not its own.
 */
export function afterPreposition(c: Candidate): boolean {
  return OBJECT_OF.test(textBefore(c, 160));
}

/**
 * "along the Thames", "warnings for the Tame and the Rea": "the X" after a preposition of place or
 * motion, alone or in a list, names a place.
 */
export function theAfterPlacePreposition(c: Candidate): boolean {
  return PLACE_THE.test(textBefore(c, 160));
}

/** "240km north of Kitwe", "10 miles from Carlisle": a bearing or distance makes a place. */
export function bearingBefore(c: Candidate): boolean {
  return BEARING.test(textBefore(c, 50));
}

/**
 * "Pensioners in Grimsby and Cleethorpes said", "residents of Nether Edge and Sharrow Vale say":
 * the candidate, or the list it ends, follows a locative, so it is a place and the verb after it
 * belongs to the noun before the preposition.
 */
export function listedAfterLocative(c: Candidate): boolean {
  return LISTED_PLACE.test(textBefore(c, 160));
}

/** "Lincolnshire and the Fens", "Kent and the Medway": joined by "and the" to a known place, a place too. */
export function placeListPeer(c: Candidate): boolean {
  const peer = /(\p{Lu}[\p{L}’'-]+)\s*,?\s+(?:and|or)\s+the\s+$/u.exec(textBefore(c, 40))?.[1] ?? '';
  return peer !== '' && (isKnownPlace(peer) || /shire$/i.test(peer));
}

/** "CEDAR FALLS, Iowa (WXT) -", "NEW DELHI —", "KARACHI:": a capitalised dateline opening a paragraph is a place. */
export function datelinePlace(c: Candidate): boolean {
  const first = c.tokens[0];
  if (!first || first.start !== c.segmentText.search(/\S/) || !c.tokens.every((t) => t.text === t.text.toUpperCase())) return false;
  const after = c.segmentText.slice(c.tokens.at(-1)?.fullEnd ?? 0, (c.tokens.at(-1)?.fullEnd ?? 0) + 50);
  // "GEORGE TOWN: The state…", "KARACHI: …": South Asian and Malaysian papers end the dateline with a colon
  // (a short "FRC:" is an interview's speaker label, so the place must be a word of four letters or more).
  if (/^:\s+\p{Lu}/u.test(after) && (first.text.length >= 4 || c.tokens.length > 1)) return true;
  return /^\s*(?:,\s*\p{Lu}[\p{L}. ]{1,30})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]/u.test(after);
}

const COMPETITION_HEADS = new Set(['league', 'cup', 'championship', 'premiership', 'trophy', 'shield', 'series', 'division', 'conference']);
const WON = /\b(?:won|win|wins|winning|lift|lifts|lifted|top|tops|topped|topping|lead|leads|led|leading|clinch|clinched|clinches|retain|retained|retains|relegated from|promoted from|promoted to|(?:play|plays|played|playing|compete|competes|competed|competing) in)\s+(?:the\s+)?$/i;

/** "Dunvale clinched the Lowland League", "relegated from the Championship": a competition, not the body running it. */
export function competitionWon(c: Candidate): boolean {
  return COMPETITION_HEADS.has((c.tokens.at(-1)?.text ?? '').toLowerCase()) && WON.test(textBefore(c, 40));
}
