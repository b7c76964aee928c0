/**
 * Reads the attribution written around one quotation: before it in its sentence
 * (`X said: "…"`, `X said the plan was "…"`, `According to X, "…"`) or after it
 * (`"…," said X`, `"…," X said`, `"…," says the ADCS response`).
 */
import type { QuoteSpan } from './find-quote-spans.ts';
import { POST_SPEECH_VERBS, isSpeechVerb } from './lexicon.ts';
import { type ParagraphView, sentenceAt, wordsIn } from './paragraph-view.ts';
import { type Resolution, type SpeakerContext, resolveRegion } from './resolve-speaker.ts';
import type { Salience } from './salience.ts';
import { clauseSubjectRegion, inMention, nounPhraseFrom, verbSubjectRegion } from './subject-regions.ts';

const PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'from', 'with', 'via', 'by', 'of', 'for', 'last', 'this', 'earlier', 'later', 'yesterday', 'today']);
const MAX_POST_SUBJECT_WORDS = 8;
/** What may stand between a closing quote and an apposed name: nothing, "the", or a short role phrase and a comma. */
const LEAD_TO_NAME = /^(?:(?:the\s+)?|(?:the|a|an|his|her|their|its)\s[^,.;:"\u201C\u201D]{1,50},\s*(?:[A-Z][a-z]*\.?\s+){0,2})$/i;
const DESCRIBING = /^(?:describ|brand|call|dismiss|label|hail|condemn|criticis|criticiz|welcom|characteris|characteriz|denounc|prais)\w*$/;

/** Attribution written before the quotation in its sentence; `empty` when there is none. */
export function attributeBefore(view: ParagraphView, quote: QuoteSpan, ctx: SpeakerContext, salience: Salience): Resolution {
  const sentence = sentenceAt(view, quote.open);
  const words = wordsIn(view, sentence.start, quote.open);
  if (words.length === 0) return 'empty';
  const lower = words.map((w) => w.word.toLowerCase());
  const accordingAt = lower.findLastIndex((w, i) => w === 'according' && lower[i + 1] === 'to');
  // "described the funding announced so far as "…"": the verb that governs `as`, not the participle inside its object.
  const asAt = lower.at(-1) === 'as' ? lower.findLastIndex((w) => DESCRIBING.test(w)) : -1;
  const verbAt = asAt >= 0 ? asAt : lower.findLastIndex((w, i) => isSpeechVerb(w, lower[i - 1]) && !inMention(view, words[i]!.start));
  if (accordingAt >= 0 && accordingAt > verbAt && words[accordingAt + 2]) {
    const region = nounPhraseFrom(view, words[accordingAt + 2]!.start, quote.open);
    return region ? resolveRegion(view, region, ctx, salience) : 'empty';
  }
  const subject = () => {
    const region = clauseSubjectRegion(view, sentence);
    return region ? resolveRegion(view, region, ctx, salience) : 'empty';
  };
  if (verbAt >= 0) {
    const region = verbSubjectRegion(view, sentence, words[verbAt]!.start);
    const near = region.end > region.start ? resolveRegion(view, region, ctx, salience) : 'empty';
    return near === 'empty' ? subject() : near;
  }
  if (/:\s*$/.test(view.masked.slice(sentence.start, quote.open))) return subject();
  return 'empty';
}

/** Attribution written right after the quotation's closing mark; `empty` when there is none. */
export function attributeAfter(view: ParagraphView, quote: QuoteSpan, ctx: SpeakerContext, salience: Salience): Resolution {
  if (quote.close === null) return 'empty';
  const sentence = sentenceAt(view, quote.close);
  const lead = /^\s*[,;]?\s*(?:[\u2014\u2013-]+\s*)?/.exec(view.masked.slice(quote.close + 1, sentence.end))![0];
  const from = quote.close + 1 + lead.length;
  if (/^[\u201C"\u2018']/.test(view.masked.slice(from, from + 1))) return 'empty';
  const words = wordsIn(view, from, sentence.end);
  const first = words[0];
  if (!first) return 'empty';
  const lower = words.map((w) => w.word.toLowerCase());
  if (lower[0] === 'according' && lower[1] === 'to' && words[2]) {
    const region = nounPhraseFrom(view, words[2].start, sentence.end);
    return region ? resolveRegion(view, region, ctx, salience) : 'empty';
  }
  if (POST_SPEECH_VERBS.has(lower[0]!) && !inMention(view, first.start)) {
    const next = words[1];
    if (!next || PREPOSITIONS.has(lower[1]!)) return 'empty';
    const region = nounPhraseFrom(view, next.start, sentence.end);
    return region ? resolveRegion(view, region, ctx, salience) : 'empty';
  }
  const apposed = apposedSpeaker(view, from, sentence.end);
  if (apposed) return resolveRegion(view, apposed, ctx, salience);
  for (let i = 1; i < Math.min(words.length, MAX_POST_SUBJECT_WORDS + 1); i++) {
    const w = words[i]!;
    if (/[,;:"\u201C\u201D]/.test(view.masked.slice(from, w.start))) break;
    if (!POST_SPEECH_VERBS.has(lower[i]!) || inMention(view, w.start)) continue;
    return resolveRegion(view, trimTrailing(words.slice(0, i)), ctx, salience);
  }
  return 'empty';
}

/**
 * A name set off by commas before the verb: `"…," Ahmed Rahimi, a resident of the village, told Al Jazeera`,
 * `"…," the lawyer for the family, Sarah Green, said`.
 */
function apposedSpeaker(view: ParagraphView, from: number, end: number): { start: number; end: number } | null {
  const mention = view.mentions.find((m) => m.start >= from && m.start - from <= 60 && LEAD_TO_NAME.test(view.masked.slice(from, m.start)));
  if (!mention) return null;
  const m = /^\s*(?:,[^,.;:]{1,120},|,)?\s*([\p{L}]+)/u.exec(view.masked.slice(mention.end, end));
  return m && POST_SPEECH_VERBS.has(m[1]!.toLowerCase()) ? { start: mention.start, end: mention.end } : null;
}

/** True when only blanks (or opening punctuation) precede the quotation in its sentence. */
export function opensSentence(view: ParagraphView, quote: QuoteSpan): boolean {
  const sentence = sentenceAt(view, quote.open);
  return !/[\p{L}\p{N}]/u.test(view.masked.slice(sentence.start, quote.open));
}

function trimTrailing(words: ReturnType<typeof wordsIn>): { start: number; end: number } {
  let b = words.length;
  while (b > 1 && /^(?:also|later|then|previously|once|again|has|had|have|was|is|publicly|separately)$/i.test(words[b - 1]!.word)) b--;
  return { start: words[0]!.start, end: words[b - 1]!.end };
}
