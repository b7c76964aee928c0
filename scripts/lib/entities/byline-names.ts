/**
 * Turns a printed byline ("By Maria Delgado and Tom Whitfield", "Hannah Whitlock,
 * Local Democracy Reporter") into the personal names in it.
 */
import { isCommonWord, isKnownPlace } from './lexicon.ts';
import { isTitleWord } from './person-patterns.ts';
import { ORG_HEADS, PLACE_MODIFIERS } from './word-lists.ts';

const PARTICLES = /^(?:de|da|di|du|van|von|der|le|la|bin|al|ó|ní|mac)$/i;
const NO_WORDS: ReadonlySet<string> = new Set();

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev)\.?\s+/i;
const NOT_A_PERSON = /\b(?:staff|agencies|agency|press|reuters|newsroom|team|desk|online|news|media|correspondents?|writers?|editors?|reporters?|contributors?)\b/i;

/** The personal names in a byline, in printed order; [] for null or for bylines naming no person. */
export function bylineNames(author: string | null): string[] {
  if (!author) return [];
  const cleaned = author.replace(/^\s*(?:by|words by|written by)\s+/i, '').replace(/\s+/g, ' ').trim();
  return cleaned
    // "James Gallagher Health and science correspondent": "and" before a lower-case word joins a job title.
    // "Aditi Kale / SNS / Updated: 3 May": a slash separates the name from the agency and the time.
    .split(/\s*(?:,|;|&|\||\s\/\s|\b[Aa]nd\b(?!\s+\p{Ll})|\b[Ww]ith\b)\s*/u)
    .map((part) => leadingName(part.replace(/\s+(?:in|at)\s+\p{Lu}.*$/u, '').replace(HONORIFIC, '').trim()))
    .filter((part) => isPersonName(part));
}

/** "Dan Milmo Global technology editor" -> "Dan Milmo": capitalised words up to the job title. */
function leadingName(part: string): string {
  const words = part.split(' ');
  const stop = words.findIndex((w, i) => i > 0 && (/^\p{Ll}/u.test(w) && !PARTICLES.test(w)));
  // "Dodd Police and crime correspondent": the word before "and" opens the job title.
  const name = stop < 0 ? words : words.slice(0, stop - (words[stop] === 'and' && stop > 2 ? 1 : 0));
  if (stop < 0) return part;
  while (name.length > 2 && (isCommonWord(name.at(-1) ?? '', NO_WORDS) || isKnownPlace(name.at(-1) ?? '') || isTitleWord(name.at(-1) ?? '') || PLACE_MODIFIERS.has((name.at(-1) ?? '').toLowerCase()))) name.pop();
  return name.join(' ');
}

function isPersonName(part: string): boolean {
  const words = part.split(' ');
  if (words.length < 2 || words.length > 5 || NOT_A_PERSON.test(part) || /[\d@]/.test(part)) return false;
  const last = words.at(-1) ?? '';
  // "Local Democracy Reporting Service": a body's head word makes the byline an organisation.
  return words.every((w) => /^[\p{Lu}]/u.test(w) || PARTICLES.test(w)) && !isTitleWord(last) && !ORG_HEADS.has(last.toLowerCase());
}
