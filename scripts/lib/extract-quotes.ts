/**
 * Finds the direct quotations in an article's body and who said them. Attribution is
 * read around the quotation (before or after it in its sentence); a quotation without
 * one continues the speaker of the quotation just before it (same paragraph, or a
 * paragraph that opens with a quote mark), or takes the subject of the sentence before.
 * Quotations whose speaker the text does not name ("the 37 academics") are left out.
 */
import { extractRoles } from './extract-roles.ts';
import { attributeAfter, attributeBefore, opensSentence } from './relations/attribute-quote.ts';
import type { QuoteSpan } from './relations/find-quote-spans.ts';
import { isQuotation, quotedWords } from './relations/is-quotation.ts';
import { POST_SPEECH_VERBS, SPEECH_VERBS } from './relations/lexicon.ts';
import { type ParagraphView, buildParagraphViews, sentenceAt, wordsIn } from './relations/paragraph-view.ts';
import type { Resolution, SpeakerContext } from './relations/resolve-speaker.ts';
import { NO_SALIENCE, type Salience, withSentence, withSpeaker } from './relations/salience.ts';
import { buildSpeakerContext, sentenceSubject } from './relations/speaker-context.ts';
import type { ArticleText, LocalEntity, LocalQuote, LocalRole } from './types.ts';

interface QuotePart {
  index: number;
  view: ParagraphView;
  quote: QuoteSpan;
  /** Second half of a quotation interrupted by its attribution (`"The problem," Osei says, "is that …"`). */
  tail: QuoteSpan | null;
}

interface LastQuote {
  endIndex: number;
  speaker: LocalEntity | null;
}

/**
 * Extracts attributed direct quotations from the body paragraphs of `article`.
 * @param roles this article's roles, used for "the minister said"; pass `extractRoles`' result to avoid computing it twice
 */
export function extractQuotes(article: ArticleText, entities: LocalEntity[], roles: readonly LocalRole[] = extractRoles(article, entities)): LocalQuote[] {
  const views = buildParagraphViews(article.segments.filter((s) => s.kind === 'body'), entities);
  const ctx = buildSpeakerContext(views, entities, roles);
  const blocks = groupBlocks(views);
  const out: LocalQuote[] = [];
  let salience: Salience = NO_SALIENCE;
  let last: LastQuote | null = null;
  for (const [index, view] of views.entries()) {
    let previousSubject: Resolution = 'empty';
    for (const sentence of view.sentences) {
      for (const block of blocks.filter((b) => b[0]!.index === index && sentenceAt(view, b[0]!.quote.open).start === sentence.start)) {
        const speaker = attribute(block, ctx, salience, last, previousSubject);
        const end = block.at(-1)!;
        last = { endIndex: end.index, speaker };
        if (!speaker) continue;
        out.push({
          speaker: speaker.name,
          speakerKind: speaker.kind,
          paragraph: view.paragraph,
          span: block.length,
          text: block.map(partText).join(' '),
        });
        salience = withSpeaker(salience, speaker, view.paragraph);
      }
      const subject = sentenceSubject(view, sentence, ctx, salience);
      salience = withSentence(salience, subject === 'blocked' || subject === 'empty' ? null : subject, view, sentence);
      previousSubject = subject;
    }
  }
  return dedupe(out);
}

/** Quotation spans grouped into blocks; a block runs on while a paragraph ends unclosed and the next opens with a mark. */
function groupBlocks(views: readonly ParagraphView[]): QuotePart[][] {
  const blocks: QuotePart[][] = [];
  let pending: QuotePart[] | null = null;
  for (const [index, view] of views.entries()) {
    for (let i = 0; i < view.quotes.length; i++) {
      const quote = view.quotes[i]!;
      const next = view.quotes[i + 1];
      const tail = next && interrupted(view, quote, next) ? next : null;
      if (tail) i++;
      const part: QuotePart = { index, view, quote, tail };
      const continues: boolean = pending !== null && quote === view.quotes[0] && pending.at(-1)!.index === index - 1 && view.text.slice(0, quote.open).trim() === '';
      if (continues) pending!.push(part);
      else if (isQuotation(view, quote, partText(part))) blocks.push([part]);
      else {
        pending = null;
        continue;
      }
      const block: QuotePart[] = continues ? pending! : blocks.at(-1)!;
      pending = (tail ?? quote).close === null && i === view.quotes.length - 1 ? block : null;
    }
  }
  return blocks;
}

/** `"A," X says, "b …"`: one quotation split by its attribution; the second half goes on in lower case. */
function interrupted(view: ParagraphView, quote: QuoteSpan, next: QuoteSpan): boolean {
  if (quote.close === null || sentenceAt(view, quote.open).start !== sentenceAt(view, next.open).start) return false;
  const gap = view.masked.slice(quote.close + 1, next.open);
  if (!/^\s*,?[^.!?;:]{1,80},\s*$/.test(gap) && !/,$/.test(view.text.slice(quote.start, quote.end))) return false;
  if (!/^\s*\p{Ll}/u.test(view.text.slice(next.start, next.end))) return false;
  return gap.split(/[^\p{L}]+/u).some((w) => POST_SPEECH_VERBS.has(w.toLowerCase()));
}

function partText(part: QuotePart): string {
  const head = quotedWords(part.view, part.quote);
  return part.tail ? `${head} ${quotedWords(part.view, part.tail)}` : head;
}

function attribute(block: QuotePart[], ctx: SpeakerContext, salience: Salience, last: LastQuote | null, previousSubject: Resolution): LocalEntity | null {
  const first = block[0]!;
  const end = block.at(-1)!;
  const atSentenceStart = opensSentence(first.view, first.quote);
  const before = () => attributeBefore(first.view, first.quote, ctx, salience);
  const after = () => attributeAfter(end.view, end.quote, ctx, salience);
  let found = atSentenceStart ? after() : before();
  if (found === 'empty') found = atSentenceStart ? 'empty' : after();
  if (found === 'blocked') return null;
  if (found !== 'empty') return found;
  const atParagraphStart = first.view.text.slice(0, first.quote.open).trim() === '';
  if (last && last.endIndex === first.index) return last.speaker;
  // A paragraph that names someone else is not a plain continuation.
  const others = first.view.mentions.some((m) => m.entity !== last?.speaker);
  if (last && atParagraphStart && last.endIndex === first.index - 1 && !others) return last.speaker;
  if (atSentenceStart && !atParagraphStart) return previousSubject === 'blocked' || previousSubject === 'empty' ? null : previousSubject;
  if (!atSentenceStart && last?.speaker && last.endIndex === first.index - 1 && isBareSentence(first)) return last.speaker;
  return null;
}

/** A sentence naming no one and using no speech verb, so a partial quotation in it can only continue the last speaker. */
function isBareSentence(part: QuotePart): boolean {
  const { view, quote } = part;
  if (view.mentions.length > 0) return false;
  const sentence = sentenceAt(view, quote.open);
  return !wordsIn(view, sentence.start, sentence.end).some((w) => {
    const lower = w.word.toLowerCase();
    return SPEECH_VERBS.has(lower) || /^(?:he|she|it|they|we|i)$/.test(lower);
  });
}

function dedupe(quotes: LocalQuote[]): LocalQuote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.speaker}\u0000${q.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
