/**
 * Years standing alone (`in 2014`, `2015-16`, `2010-2014`, `the 2012 Olympics`), told apart from counts
 * (`2000 people`), money, percentages, phone numbers, house numbers (`1830 Yale St.`) and the
 * year in a law's title. Years before 1800 need a word that makes them one (`since 1712`).
 */
import nlp from 'compromise';
import { candidate, type DateCandidate } from './candidate.ts';
import { wordAfter, wordBefore } from './context.ts';

const YEAR = /(?<![\d£$€#.,:/\\]|\d[-–])\b((?:1[5-9]|20)\d\d)\b(?:\s*[-–\/]\s*(\d{2}|(?:1[89]|20)\d\d)\b(?![\d\/%-]|\.\d))?(?![.,:]\d|[\d%]|['’]?s\b|\s*(?:per\s*cent|percent|pc)\b)/g;
const TEMPORAL_LEAD = new Set(['in', 'since', 'until', 'till', 'during', 'from', 'before', 'after', 'between', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'winter', 'of', 'the', 'around', 'circa']);
const LAW_NAME = /\b(Act|Bill|Regulations|Order|Measure|Rules|Convention)\s*,?\s*$/;
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;

/** Bare-year dates in one segment text. */
export function yearDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const yearText = m[1] ?? '';
    const year = Number(yearText);
    if (!isYear(text, start, start + yearText.length)) continue;
    out.push(candidate(start, start + yearText.length, 'explicit', 'year', year));
    const tail = m[2];
    // `2010-2014` names both ends of a span; `2014-15` is a financial or season year, dated by
    // the year it starts in (the annotation guidelines give it no second year)
    const second = tail && tail.length === 4 ? Number(tail) : null;
    if (tail && second !== null && second > year && second - year <= 50) {
      const tailStart = start + m[0].length - tail.length;
      out.push(candidate(tailStart, tailStart + tail.length, 'explicit', 'year', second));
    }
  }
  return out;
}

/** Words before a year of the 1500s to 1700s that make it one: `since at least 1712`, `in 1688`. */
const EARLY_LEAD = new Set(['in', 'since', 'until', 'till', 'from', 'by', 'before', 'after', 'circa', 'c.', 'around', 'least', 'of']);
/** `1830 Yale St.`, `1500 Pennsylvania Avenue`: a house number before a street. */
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Crescent|Square)\b/u;

/** `Room 1984`, `Section 1998 notice`, `Note 1850`, `Flight 1549`: a word that numbers things. */
const NUMBERING_WORD = /^(?:room|note|section|chapter|page|pp?|flight|route|platform|gate|article|clause|paragraph|para|item|table|figure|fig|no|nos|number|unit|suite|box|ward|bed|junction|exit|channel|model|version|level|floor|apartment|flat|block|plot|lot|case|form|schedule|rule|part|appendix|annex|line|bay|pier|stand|seat|row)\.?$/i;

function isYear(text: string, start: number, end: number): boolean {
  if (LAW_NAME.test(text.slice(Math.max(0, start - 16), start))) return false;
  if (STREET_AFTER.test(text.slice(end, end + 60))) return false;
  const before = wordBefore(text, start);
  if (NUMBERING_WORD.test(before.word) && /^\s+$/.test(before.gap)) return false;
  if (Number(text.slice(start, end)) < 1800 && !EARLY_LEAD.has(before.word.toLowerCase())) return false;
  if (/^\d/.test(before.word) && /^\s+$/.test(before.gap)) return false;
  const after = wordAfter(text, end);
  if (/^\s+$/.test(after.gap) && /^\d/.test(after.word)) return false;
  if (!/^\s+$/.test(after.gap) || !/^[a-z]/.test(after.word)) return true;
  // `2000 people` counts; `in 2014 councils` is a year
  return TEMPORAL_LEAD.has(before.word.toLowerCase()) || !isPluralNoun(after.word);
}

const YEAR_VERBS = /^(?:brings|sees|marks|shows|promises|looks|begins|starts|ends|offers|means|holds|proves|remains|becomes)$/i;
/** Nouns that count people or things with no plural ending: `2000 staff`. */
const COUNTED = /^(?:staff|personnel|people|police|cattle|livestock|sheep|deer|fish|crew|troops)$/i;

function isPluralNoun(word: string): boolean {
  if (COUNTED.test(word)) return true;
  const tags = tagsOf(word);
  if (tags?.includes('Plural')) return true;
  // "volunteers", "posts", "places": the lexicon files them as verbs; their singular is a noun.
  if (!/[^s]s$/.test(word) || tags?.some((t) => t === 'Noun' || t === 'Singular')) return false;
  // ("2016 brings new rules", "2012 saw": verbs a year is the subject of, not things counted.)
  if (YEAR_VERBS.test(word)) return false;
  return tags === null || (tagsOf(word.slice(0, -1)) ?? []).some((t) => t === 'Singular' || t === 'Noun' || t === 'Actor' || t === 'Infinitive');
}

/** The lexicon's tags for a word, or null when it does not know the word. */
function tagsOf(word: string): readonly string[] | null {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? null : Array.isArray(tags) ? tags : [tags];
}
