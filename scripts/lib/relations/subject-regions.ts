/**
 * Finds where a sentence's grammatical subject is written, by word shapes alone:
 * the main clause's opening noun phrase (after a lead-in like "In its response to …,"),
 * or the phrase right before a given verb. No parse: a handful of stop words decide.
 */
import { INTRO_WORDS, LEADING_FILLERS, SPEECH_VERBS, TITLE_PARTICIPLES, VERB_FILLERS, isSpeechVerb } from './lexicon.ts';
import { type ParagraphView, wordsIn } from './paragraph-view.ts';
import type { SentenceRange } from './split-sentences.ts';

/** A [start, end) range of a paragraph. */
export interface Region {
  start: number;
  end: number;
}

const SUBJECT_STOPS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'because', 'after', 'before', 'if']);
const MAX_SUBJECT_WORDS = 12;
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'can', 'also']);
const TIME_WORD = /^(?:week|weekend|month|year|night|morning|afternoon|evening|time|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** The opening noun phrase of the sentence's main clause, or null when the sentence opens with a quotation. */
export function clauseSubjectRegion(view: ParagraphView, sentence: SentenceRange): Region | null {
  const masked = view.masked;
  let s = sentence.start;
  while (s < sentence.end && /[\s([\u2014\u2013-]/.test(masked[s]!)) s++;
  if (view.quotes.some((q) => q.open === s)) return null;
  const words = wordsIn(view, s, sentence.end);
  const first = words[0];
  if (!first) return null;
  const lead = first.word.toLowerCase();
  if (lead === 'according' && words[1]?.word.toLowerCase() === 'to') {
    return untilComma(view, words[2]?.start ?? sentence.end, sentence.end);
  }
  const timeLead = /^(?:this|last|next|earlier|later)$/.test(lead) && TIME_WORD.test(words[1]?.word ?? '');
  if (timeLead || INTRO_WORDS.has(lead) || (/ing$/.test(lead) && !inMention(view, first.start))) {
    const comma = firstComma(view, s, sentence.end, 30);
    // A lead-in holds no finite verb; "Instead the ADCS says …, including" is a clause, not a lead-in.
    const leadIn = comma === null ? [] : wordsIn(view, s, comma).slice(1);
    const finite = (w: { word: string; start: number }) =>
      !inMention(view, w.start) && (SPEECH_VERBS.has(w.word.toLowerCase()) || AUXILIARIES.has(w.word.toLowerCase()));
    if (comma !== null && !leadIn.some(finite)) s = comma + 1;
  }
  return nounPhraseFrom(view, s, sentence.end);
}

/** The phrase written right before `verbStart` in its clause (`the report` in "the report states"). */
export function verbSubjectRegion(view: ParagraphView, sentence: SentenceRange, verbStart: number): Region {
  const masked = view.masked;
  let b = verbStart;
  const marks = new Set(view.quotes.flatMap((q) => [q.open, q.close ?? -1]));
  while (b > sentence.start) {
    const c = masked[b - 1]!;
    if ((/[,;:()\u2014\u201C\u201D"]/.test(c) || marks.has(b - 1)) && !inMention(view, b - 1)) break;
    b--;
  }
  const words = wordsIn(view, b, verbStart);
  // A clause boundary word (`that`, another speech verb) also ends the search.
  let from = 0;
  for (const [i, w] of words.entries()) {
    const lower = w.word.toLowerCase();
    if (!inMention(view, w.start) && (lower === 'that' || isSpeechVerb(lower, words[i - 1]?.word))) from = i + 1;
  }
  const kept = trimFillers(view, words.slice(from));
  if (kept.length === 0) return { start: verbStart, end: verbStart };
  return { start: kept[0]!.start, end: kept[kept.length - 1]!.end };
}

/** Noun phrase from `s`: stops at punctuation, a verb-like word or a relative pronoun (never inside a mention). */
export function nounPhraseFrom(view: ParagraphView, s: number, limit: number): Region | null {
  const words = wordsIn(view, s, limit);
  let i = 0;
  while (i < words.length && LEADING_FILLERS.has(words[i]!.word.toLowerCase()) && !inMention(view, words[i]!.start)) i++;
  const kept: typeof words = [];
  for (const w of words.slice(i, i + MAX_SUBJECT_WORDS)) {
    const gap = view.masked.slice(kept.length ? kept[kept.length - 1]!.end : w.start, w.start);
    if (/[,;:\u2014\u201C\u201D"]/.test(gap) || view.quotes.some((q) => q.open >= (kept.at(-1)?.end ?? w.start) && q.open < w.start)) break;
    if (!inMention(view, w.start) && isVerbLike(w.word, kept.at(-1)?.word)) break;
    kept.push(w);
  }
  if (kept.length === 0) return null;
  return { start: kept[0]!.start, end: kept[kept.length - 1]!.end };
}

function isVerbLike(word: string, previous?: string): boolean {
  const lower = word.toLowerCase();
  if (SUBJECT_STOPS.has(lower) || isSpeechVerb(lower, previous)) return true;
  if (AUXILIARIES.has(lower)) return true;
  return /^\p{Ll}/u.test(word) && lower.length > 4 && /(?:ed|ly)$/.test(lower) && !TITLE_PARTICIPLES.has(lower);
}

function trimFillers(view: ParagraphView, words: ReturnType<typeof wordsIn>): ReturnType<typeof wordsIn> {
  let a = 0;
  let b = words.length;
  while (a < b && LEADING_FILLERS.has(words[a]!.word.toLowerCase()) && !inMention(view, words[a]!.start)) a++;
  while (b > a && !inMention(view, words[b - 1]!.start) && isTrailingFiller(words[b - 1]!.word)) b--;
  return words.slice(a, b);
}

function isTrailingFiller(word: string): boolean {
  const lower = word.toLowerCase();
  return VERB_FILLERS.has(lower) || (/^\p{Ll}/u.test(word) && /ly$/.test(lower));
}

function untilComma(view: ParagraphView, s: number, end: number): Region | null {
  const comma = firstComma(view, s, end, 15);
  const e = comma ?? end;
  const words = wordsIn(view, s, e);
  if (words.length === 0) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}

function firstComma(view: ParagraphView, s: number, end: number, maxWords: number): number | null {
  let count = 0;
  for (let i = s; i < end; i++) {
    const c = view.masked[i]!;
    if (c === ',' && !inMention(view, i)) return i;
    if (c === ' ' && view.masked[i + 1] !== ' ') count++;
    if (count > maxWords) return null;
  }
  return null;
}

/** True when offset `pos` lies inside an entity mention (names may contain commas or stop words). */
export function inMention(view: ParagraphView, pos: number): boolean {
  return view.mentions.some((m) => pos >= m.start && pos < m.end);
}
