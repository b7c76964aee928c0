/**
 * Reads the header of an article by the shape of its first paragraphs: headline, byline,
 * date line, standfirst and captions, and finds where the running body starts. Menus,
 * mastheads and taglines above the headline are passed over (see read-masthead.ts).
 */
import { anchoredTitle, isDanglingLabel, isReviewDetail } from './anchor-title.ts';
import { captionKey, isBareCaption, isCaption, isRepeatedCaption } from './detect-caption.ts';
import { bylineRole, isNameShaped, isRoleLine, withoutHonorifics } from './detect-byline.ts';
import type { DateOrder } from './date-order.ts';
import type { DateLine } from './find-date.ts';
import { headerSlots, type Slot } from './header-slots.ts';
import { isOutletName, outletOfAffiliation, splitTitleSuffix } from './outlet-name.ts';
import { mastheadLineKind } from './masthead-lines.ts';
import { readMasthead } from './read-masthead.ts';
import { furnitureKind, isReporterBio } from './strip-furniture.ts';

/** What the header holds. Indices point into the paragraph list given to `detectHeader`. */
export interface Header {
  /** The headline's text as judged (a "| Site" suffix cut off), or null. */
  title: string | null;
  /** Index of the headline paragraph, or null. */
  titleAt: number | null;
  /** True when a "| Site" or "| Section" suffix was cut off the headline. */
  titleCut: boolean;
  author: string | null;
  /** The reporter's job as the byline prints it ("Education Editor", "Local Democracy Reporter"), or null. */
  authorRole: string | null;
  /** The publication date line (an update's when there is no other), or null. */
  date: DateLine | null;
  /** Every date line of the header, in order: the publication date and any update. */
  dates: DateLine[];
  /** The standfirst paragraph, or null. */
  standfirst: number | null;
  /** Captions and credits printed inside the header. */
  captions: number[];
  /** Index of the first paragraph of the body (equal to the length when there is none). */
  bodyStart: number;
  /** Outlets the header names, strongest first: the site's own name, then a byline's outlet. */
  outlets: { name: string; from: 'site' | 'byline' }[];
}

/** Optional knowledge about the paragraphs. */
export interface HeaderOptions {
  /** Blank-line block of each paragraph. */
  blocks?: number[];
  /** The text's day/month order, for numeric date lines. */
  order?: DateOrder | null;
}

const MAX_HEADER = 14;
/** Ends like a sentence: full stop, question or exclamation mark, ellipsis or colon, maybe inside closing quotes. */
const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A headline: one short line, capitalised, not ending like a sentence. */
export function isHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length > 220) return false;
  if (/[.,;:]["'”’]*$/u.test(text) || /<https?:/u.test(text)) return false;
  return !/^["'‘“(]?\p{Ll}/u.test(text) && !/^(?:\d+[.)]|[•·▪*\-–])\s/u.test(text);
}

/** A standfirst: a sentence-length dek that does not end like a body paragraph. */
function isStandfirstShape(text: string): boolean {
  const words = wordCount(text);
  return words >= 6 && words <= 70 && !SENTENCE_END.test(text) && /^["'‘“]?\p{Lu}/u.test(text);
}

/**
 * Detects the header.
 * @param texts paragraph texts in order (link markers removed)
 * @param options blocks and date order, when known
 */
export function detectHeader(texts: string[], options: HeaderOptions = {}): Header {
  const order = options.order ?? null;
  const header: Header = { title: null, titleAt: null, titleCut: false, author: null, authorRole: null, date: null, dates: [], standfirst: null, captions: [], bodyStart: texts.length, outlets: [] };
  const slotCache = new Map<string, Slot[] | null>();
  const slotsOf = (i: number, bare: boolean): Slot[] | null => {
    const text = texts[i];
    if (text === undefined) return null;
    const key = `${bare}\u0000${text}`;
    if (!slotCache.has(key)) slotCache.set(key, headerSlots(text, bare, order));
    return slotCache.get(key) ?? nameOverRole(texts, i);
  };
  const isSlot = (i: number) => slotsOf(i, true)?.some((s) => s.kind !== 'skip') ?? false;
  const masthead = readMasthead(texts, { blocks: options.blocks ?? null, isSlot, isHeadline });
  if (masthead.site) header.outlets.push({ name: masthead.site, from: 'site' });
  const passed = (i: number) => masthead.skip.has(i) || (furnitureKind(texts[i]!) !== null && !isSlot(i));
  // The headline read up from the first byline or date line; everything above it is masthead.
  const anchored =
    masthead.title === null
      ? anchoredTitle(texts, {
          isSlot,
          // ("Aditi Kale / SNS / Updated: …" carries its own date: no bare name.)
          isBareName: (i) => isSlot(i) && !(slotsOf(i, true)?.some((s) => s.kind === 'date') ?? false) && !(slotsOf(i, false)?.some((s) => s.kind !== 'skip') ?? false),
          passed: (i) => passed(i) || (slotsOf(i, true) !== null && !isSlot(i)),
          isCaption,
          isHeadline,
          isMastheadLine: (t) => mastheadLineKind(t) !== null,
          isRoleLine,
          blocks: options.blocks ?? null,
        })
      : null;
  const nextOpen = (i: number) => {
    let j = i + 1;
    while (j < texts.length && passed(j)) j++;
    return j;
  };
  /** Line `i` is the headline; a site name after a bar or dash (splitTitleSuffix) is split off as the site. */
  const setTitle = (i: number) => {
    const split = splitTitleSuffix(texts[i]!);
    header.title = split?.title ?? texts[i]!;
    header.titleCut = split !== null;
    header.titleAt = i;
    if (split?.site) header.outlets.unshift({ name: split.site, from: 'site' });
  };
  let authorAt = -1;
  let labelValue = -1;
  // A date printed above the headline (a weekly's issue date over its masthead).
  let issueDate: DateLine | null = null;
  // Menu entries and furniture lines do not count towards the header's length.
  let considered = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (masthead.skip.has(i)) continue;
    if (anchored && i < anchored.title) {
      // The site's name above the headline ("ABN News"), as for a label above it below.
      if (furnitureKind(text) === null && isOutletName(text) && wordCount(text) <= 5 && !header.outlets.some((o) => o.from === 'site')) header.outlets.unshift({ name: text.trim(), from: 'site' });
      // The browser's page title above the headline ("Headline | Site") names the site too.
      const split = splitTitleSuffix(text);
      const suffix = split && isHeadline(split.title) && !/\d/u.test(split.site ?? '') ? split.site : null;
      if (suffix && !header.outlets.some((o) => o.from === 'site')) header.outlets.unshift({ name: suffix, from: 'site' });
      const printed = slotsOf(i, true)?.find((s) => s.kind === 'date');
      if (printed?.kind === 'date') issueDate ??= printed.date;
      continue;
    }
    if (anchored && i === anchored.title) {
      setTitle(i);
      continue;
    }
    if (anchored?.summaryEnd !== undefined && i > anchored.title && i <= anchored.summaryEnd) {
      header.standfirst ??= i;
      continue;
    }
    const slots = slotsOf(i, header.title !== null);
    if (!slots && furnitureKind(text)) continue;
    // A line with no letter or digit ("???", "* * *", a lone zero-width space) says nothing: pass over it.
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (++considered > MAX_HEADER) {
      header.bodyStart = i;
      break;
    }
    if (slots) {
      for (const slot of slots) {
        if (slot.kind === 'author' && header.author === null) {
          header.author = slot.author;
          header.authorRole = slot.role;
          authorAt = i;
        }
        if ((slot.kind === 'author' || slot.kind === 'outlet') && slot.outlet) header.outlets.push({ name: slot.outlet, from: 'byline' });
        if (slot.kind === 'date') header.dates.push(slot.date);
        if (slot.kind === 'date' && (!header.date || (header.date.label === 'updated' && slot.date.label !== 'updated'))) header.date = slot.date;
      }
      continue;
    }
    // "NEWS PROVIDED BY" / "Acme Robotics Corp": a label and its value, both header furniture.
    if (header.title !== null && isDanglingLabel(text)) {
      labelValue = nextOpen(i);
      continue;
    }
    if (i === labelValue) continue;
    // Reporters' notes under a byline: "Jane Doe is a health reporter.", "Jo Bloggs covers courts."
    if (authorAt >= 0 && header.author !== null && isReporterBio(text) && header.author.includes(text.trim().split(/\s+/u).slice(0, 2).join(' '))) continue;
    // The headline printed again (a page title above, the article's own headline below).
    if (header.title !== null && captionKey(text) === captionKey(header.title)) continue;
    // A picture's caption printed twice, the second time with its credit.
    if (header.title !== null && isRepeatedCaption(text, texts[i - 1] ?? '')) {
      header.captions.push(i);
      continue;
    }
    // A line under the byline naming the desk or outlet: "Staff Writer", "BBC News, Bristol".
    if (authorAt >= 0 && i === nextOpen(authorAt) && wordCount(text) <= 8 && !SENTENCE_END.test(text)) {
      const outlet = outletOfAffiliation(text, true);
      if (outlet || isRoleLine(text)) {
        if (outlet) header.outlets.push({ name: outlet, from: 'byline' });
        else header.authorRole ??= bylineRole(text);
        continue;
      }
    }
    // A review's venue and rating under its headline ("Queen Elizabeth Hall, London" / "★★★★☆").
    if (header.title !== null && header.standfirst === null && header.author === null && isReviewDetail(text)) continue;
    const opening = header.title === null && header.standfirst === null;
    if (opening && masthead.title !== null && i !== masthead.title && i < masthead.title) continue;
    // Short labels above a longer headline: the site's name ("Reuters"), then section names
    // or a kicker, one per line ("News" / "Crime").
    const isLabel = (t: string) => (wordCount(t) <= 3 || (isOutletName(t) && wordCount(t) <= 5)) && !isCaption(t) && !SENTENCE_END.test(t);
    let after = nextOpen(i);
    for (let k = 0; k < 4 && after < texts.length && isLabel(texts[after]!) && !isSlot(after); k++) after = nextOpen(after);
    const next = texts[after];
    const outletLabel = isOutletName(text) && wordCount(text) <= 5;
    if (opening && masthead.title === null && isLabel(text) && next !== undefined && isHeadline(next) && wordCount(next) >= 4) {
      if (outletLabel) header.outlets.unshift({ name: text.trim(), from: 'site' });
      continue;
    }
    if (isCaption(text)) {
      header.captions.push(i);
      continue;
    }
    if (opening && isHeadline(text)) {
      setTitle(i);
      continue;
    }
    const started = header.title !== null || header.author !== null || header.date !== null;
    if (started && header.standfirst === null) {
      // A dek may end in a full stop when the byline or date line still follows it (past captions).
      let j = i + 1;
      while (j < Math.min(texts.length, i + 5) && (passed(j) || isCaption(texts[j]!))) j++;
      const bylineFollows = isSlot(i + 1) || isSlot(i + 2) || isSlot(j);
      if (isStandfirstShape(text) || (bylineFollows && wordCount(text) <= 70)) {
        header.standfirst = i;
        continue;
      }
    }
    // A picture's caption without a credit, between the byline or date and the body.
    if ((header.author !== null || header.date !== null) && isBareCaption(text, texts[nextOpen(i)])) {
      header.captions.push(i);
      continue;
    }
    header.bodyStart = i;
    break;
  }
  // The issue date stands when the article's own date line is missing or only an update.
  if (issueDate && (header.date === null || (header.date.label === 'updated' && issueDate.iso <= header.date.iso))) header.date = issueDate;
  return header;
}

/** "Tan Wei Ling" over "Senior Correspondent": a name-shaped line is a byline when a role line follows it. */
function nameOverRole(texts: string[], i: number): Slot[] | null {
  const text = texts[i]!.trim();
  const next = texts[i + 1];
  if (next === undefined || !isNameShaped(text) || isOutletName(text) || !isRoleLine(next)) return null;
  // ("Dr Ada Obi": the author without the courtesy title, as on a "By" line.)
  return [{ kind: 'author', author: withoutHonorifics(text), outlet: null, role: null }];
}
