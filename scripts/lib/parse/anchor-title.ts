/**
 * Finds the headline from below. A page prints its headline right above the byline or date
 * line, or above a standfirst that is; whatever sits higher up (site name, tagline, menus,
 * "Sign In", section labels) is masthead. Reading up from the first byline or date line keeps
 * a tagline or menu from being taken for the headline, and lets a headline that is one or two
 * full sentences ("A cheap pill slowed memory loss in a small trial. Experts urge caution.")
 * be read as one where nothing else could be.
 */
import { isRepeatedCaption } from './detect-caption.ts';
import { isOutletName } from './outlet-name.ts';

/** What the finder needs to know about each paragraph. */
export interface AnchorContext {
  /** True for a byline, date line or outlet credit, a bare personal name included (the anchor). */
  isSlot: (i: number) => boolean;
  /** True for a bare personal name with no "By", which anchors only above a date or role line. */
  isBareName: (i: number) => boolean;
  /** True for lines passed over: masthead, menus, furniture, header lines that state nothing ("Published"). */
  passed: (i: number) => boolean;
  /** True for a photo caption or credit, passed over. */
  isCaption: (text: string) => boolean;
  /** True for a one-line headline shape (no final full stop). */
  isHeadline: (text: string) => boolean;
  /** True for a tagline, menu or issuer line, which is never the headline. */
  isMastheadLine: (text: string) => boolean;
  /** True when a line is only a reporter's role ("Senior Correspondent"). */
  isRoleLine: (text: string) => boolean;
  /** Blank-line block of each paragraph, when known. */
  blocks?: readonly number[] | null;
}

/** Where the headline is, and the standfirst between it and the anchor, if any. */
export interface AnchoredTitle {
  title: number;
  standfirst: number | null;
  /** The last line of a bullet summary that starts at `standfirst`. */
  summaryEnd?: number;
}

const SCAN = 30;
/** A line that opens like a byline: "By Jane Doe", "_By Ann Lee_". */
const BYLINE_SHAPE = /^[\s_*]*[Bb][Yy]\s+\p{Lu}/u;
/** A label whose value is printed on the next line: "NEWS PROVIDED BY" / "Acme Robotics Corp". */
const DANGLING = /^(?:(?:news|press release|content|story|article)\s+)?(?:provided|distributed|issued|sponsored|presented|brought to you)\s+(?:by|from)\s*:?$|^source\s*:?$/iu;
/** Body prose: a long paragraph that ends like a sentence. */
const PROSE_END = /[.!?]["'”’)]*$/u;

/** A review's star rating: "★★★★☆", "4/5", "Rating: 3 out of 5". */
const RATING = /^(?:(?:our )?rating:?\s*)?(?:[★☆✩✭⭐]{1,5}(?:\s*\(?\d(?:\.\d)?\s*(?:\/|out of)\s*\d{1,2}\)?)?|\d(?:\.\d)?\s*(?:\/|out of)\s*(?:4|5|10)(?:\s*stars?)?)$/iu;
/** A review's venue line: "Queen Elizabeth Hall, London", "Lyceum Theatre, Edinburgh". */
const VENUE = /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|on|upon|&))*,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;

/**
 * True for a review's rating or venue line, printed between its headline and standfirst.
 * @param text one paragraph
 */
export function isReviewDetail(text: string): boolean {
  const value = text.trim();
  return RATING.test(value) || (words(value) <= 8 && VENUE.test(value));
}

function words(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

/**
 * True for a label whose value is the next line ("NEWS PROVIDED BY", "Source:").
 * @param text one paragraph
 */
export function isDanglingLabel(text: string): boolean {
  return DANGLING.test(text.trim());
}

/**
 * A headline printed as one or two full sentences: short, capitalised, not a list item,
 * ending in a full stop, question or exclamation mark.
 * @param text one paragraph
 */
export function isSentenceHeadline(text: string): boolean {
  const value = text.trim();
  const count = words(value);
  if (count < 3 || count > 30 || value.length > 220 || /<https?:/u.test(value)) return false;
  if (!/^["'‘“]?\p{Lu}/u.test(value) || /^(?:\d+[.)]|[•·▪*\-–])\s/u.test(value)) return false;
  const sentences = value.split(/(?<=[.!?]["'”’]?)\s+(?=["'‘“]?\p{Lu})/u);
  return sentences.length <= 2 && sentences.every((s) => words(s) >= 2);
}

/** A short line of capitalised words at the very top of the page: the site's name, not a headline. */
function isTopName(texts: string[], i: number, previous: (i: number) => number): boolean {
  return previous(i) < 0 && words(texts[i]!) <= 4 && /^(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&))*$/u.test(texts[i]!.trim());
}

/**
 * The first line of the block of three to six short lines that ends at `last` ("Craig, 41, had both
 * legs amputated" / "His benefit was stopped" / …), or null when `last` ends no such block.
 */
function bulletSummary(texts: string[], last: number, ctx: AnchorContext): number | null {
  const blocks = ctx.blocks;
  if (!blocks || blocks[last] === undefined) return null;
  let first = last;
  while (first > 0 && blocks[first - 1] === blocks[last]) first--;
  const size = last - first + 1;
  if (size < 3 || size > 6) return null;
  for (let i = first; i <= last; i++) {
    const count = words(texts[i]!);
    if (count < 5 || count > 35 || ctx.isSlot(i) || ctx.passed(i) || !/^["'‘“]?\p{Lu}/u.test(texts[i]!.trim())) return null;
  }
  return first;
}

/**
 * Finds the headline above the first byline or date line that has one.
 * @param texts paragraph texts in order (link markers removed)
 * @param ctx the header's own tests
 * @returns the headline's index (and standfirst's), or null when no anchor has a headline above it
 */
export function anchoredTitle(texts: string[], ctx: AnchorContext): AnchoredTitle | null {
  const end = Math.min(texts.length, SCAN);
  const skippable = (i: number) => ctx.passed(i) || ctx.isCaption(texts[i]!);
  const previous = (i: number) => {
    let j = i - 1;
    while (j >= 0 && skippable(j)) j--;
    return j;
  };
  const next = (i: number) => {
    let j = i + 1;
    while (j < texts.length && skippable(j)) j++;
    return j;
  };
  const headline = (i: number) => {
    const t = texts[i]!;
    // ("By Jane Doe (…)": a byline the byline reader could not read is still no headline.)
    return (ctx.isHeadline(t) || isSentenceHeadline(t)) && words(t) >= 3 && !ctx.isMastheadLine(t) && !isOutletName(t) && !isTopName(texts, i, previous) && !BYLINE_SHAPE.test(t);
  };
  let prose = 0;
  for (let a = 0; a < end; a++) {
    const text = texts[a]!;
    if (skippable(a)) continue;
    if (!ctx.isSlot(a)) {
      // Two paragraphs of running prose before any byline: the header is over.
      if (words(text) >= 20 && PROSE_END.test(text.trim()) && ++prose >= 2) return null;
      continue;
    }
    let p1 = previous(a);
    // A picture's caption printed twice, the second time with its credit: the first print stands.
    while (p1 > 0 && previous(p1) >= 0 && isRepeatedCaption(texts[p1]!, texts[previous(p1)]!)) p1 = previous(p1);
    if (p1 > 0 && DANGLING.test(texts[previous(p1)]?.trim() ?? '')) p1 = previous(previous(p1));
    // A date at the top of the page, over the site's name: look further down.
    if (p1 < 0 || ctx.isSlot(p1) || isTopName(texts, p1, previous)) continue;
    const after = texts[next(a)];
    if (ctx.isBareName(a) && !ctx.isSlot(next(a)) && !(after !== undefined && ctx.isRoleLine(after))) return null;
    // A tabloid's bullet summary, lines of one block under the headline: the headline is above the block.
    const summary = bulletSummary(texts, p1, ctx);
    if (summary !== null && previous(summary) >= 0 && headline(previous(summary)) && !ctx.isSlot(previous(summary))) return { title: previous(summary), standfirst: summary, summaryEnd: p1 };
    let p2 = previous(p1);
    // A review prints its venue and star rating between headline and standfirst.
    while (p2 > 0 && isReviewDetail(texts[p2]!) && !ctx.isSlot(p2)) p2 = previous(p2);
    // Headline over standfirst: the higher line, when it is a headline of four words or more.
    // Only captions and a review's details may part a headline from its standfirst: menus or labels between them mean the
    // higher line is the browser's page title ("X review | Site") over the article's own headline.
    const tight = p2 >= 0 && [...Array(p1 - p2 - 1).keys()].every((k) => !ctx.passed(p2 + 1 + k) || ctx.isCaption(texts[p2 + 1 + k]!) || isReviewDetail(texts[p2 + 1 + k]!));
    // (A headline of one or two full sentences stands over a standfirst that could not be a headline itself.)
    const higher = p2 >= 0 && (ctx.isHeadline(texts[p2]!) || (isSentenceHeadline(texts[p2]!) && (!headline(p1) || words(texts[p1]!) > words(texts[p2]!))));
    const found = tight && !ctx.isSlot(p2) && higher && words(texts[p2]!) >= 4 && headline(p2) && words(texts[p1]!) >= 6 ? { title: p2, standfirst: p1 } : headline(p1) ? { title: p1, standfirst: null } : null;
    // Only masthead lines sit above a headline: a sentence there means the byline closes a post ("Posted by …").
    if (found === null || [...Array(found.title).keys()].some((i) => !skippable(i) && words(texts[i]!) >= 8 && PROSE_END.test(texts[i]!.trim()))) return null;
    return found;
  }
  return null;
}
