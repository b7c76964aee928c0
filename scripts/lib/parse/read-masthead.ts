/**
 * Reads what scraped pages print above the headline: navigation menus, the site's own
 * name (masthead) with a blog's tagline under it, and which line the page itself names
 * as the title when a later line echoes it ("3 thoughts on “Why I still …”").
 */
import { captionKey, isCaption } from './detect-caption.ts';
import { mastheadLineKind } from './masthead-lines.ts';
import { isNameCase, isOutletName } from './outlet-name.ts';
import { furnitureKind, isLetterhead } from './strip-furniture.ts';

/** Paragraphs to pass over, the site's name, and the title the page names. */
export interface Masthead {
  /** Menu entries, masthead and tagline lines. */
  skip: Set<number>;
  /** The site's name as printed at the top, or null. */
  site: string | null;
  /** Index of the paragraph a later line echoes as the title, or null. */
  title: number | null;
}

/** What the masthead reader needs to know about a paragraph besides its text. */
export interface MastheadContext {
  /** Blank-line block of each paragraph; null when unknown. */
  blocks: number[] | null;
  /** True when the paragraph is a byline, date line or outlet credit. */
  isSlot: (i: number) => boolean;
  /** True when the paragraph is shaped like a headline. */
  isHeadline: (text: string) => boolean;
}

const SCAN = 40;
/** Taglines are printed under the site's name, in the first lines of the page. */
const TAGLINE_SCAN = 10;
const ECHO = /^\d+\s+(?:thoughts?|responses?|comments?|replies|reactions?)\s+(?:on|to)\s+["“‘']?(.+?)["”’']?\s*$/iu;
/** Prose: a sentence of a dozen words or more. Menus never hold one. */
const PROSE = /[.!?]["'”’)]*$/u;

/** A web address used as a name: letters and dots, at least one dot, no spaces ("GOV.UK"). */
const WEB_NAME = /^\p{L}[\p{L}\d-]*(?:\.\p{L}[\p{L}\d-]*)+$/u;

function words(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

function isMenuItem(text: string): boolean {
  const value = text.trim();
  return value !== '' && words(value) <= 3 && !/[.!?:;,"”’)]$/u.test(value) && !/[\d:]/u.test(value) && captionKey(value) !== '' && !isCaption(value);
}

/** Runs of four or more menu entries and furniture lines, with at least three entries. */
function menuRuns(texts: string[], ctx: MastheadContext, end: number): number[] {
  const out: number[] = [];
  let run: number[] = [];
  let entries = 0;
  const close = () => {
    if (run.length >= 4 && entries >= 3) out.push(...run);
    run = [];
    entries = 0;
  };
  for (let i = 0; i < end; i++) {
    const text = texts[i]!;
    const entry = isMenuItem(text) && !ctx.isSlot(i);
    if (entry || furnitureKind(text) === 'line') {
      run.push(i);
      if (entry) entries++;
    } else close();
  }
  close();
  return out.filter((i) => isMenuItem(texts[i]!));
}

/** True when a copyright line of the page names the top line's words as its holder ("The Meridian" / "© 2020 Meridian Media Ltd"). */
function namedByCopyright(top: string, texts: string[]): boolean {
  const name = top.trim().replace(/^the\s+/iu, '');
  if (!isNameCase(top) || words(top) > 5 || name.length < 3) return false;
  const holder = new RegExp(String.raw`^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?(?:the\s+)?${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\b`, 'iu');
  return texts.some((t) => holder.test(t.trim()));
}

/** The header paragraph a later "N thoughts on “X”" line names as the post's title. */
function echoedTitle(texts: string[], end: number): number | null {
  const echoes = new Set(texts.map((t) => ECHO.exec(t.trim())?.[1]).filter((t): t is string => t !== undefined).map(captionKey));
  if (echoes.size === 0) return null;
  for (let i = 0; i < end; i++) if (echoes.has(captionKey(texts[i]!))) return i;
  return null;
}

/**
 * Reads the masthead.
 * @param texts paragraph texts in order
 * @param ctx blocks and the header's own tests
 */
export function readMasthead(texts: string[], ctx: MastheadContext): Masthead {
  // A cookie banner's sentences are furniture, not the article's first prose.
  const firstProse = texts.findIndex((t) => words(t) >= 12 && PROSE.test(t.trim()) && furnitureKind(t) === null);
  const end = Math.min(texts.length, SCAN, firstProse < 0 ? texts.length : firstProse);
  const skip = new Set(menuRuns(texts, ctx, end));
  let site: string | null = null;
  const first = texts.findIndex((t, i) => i < end && furnitureKind(t) === null);
  if (first >= 0 && skip.has(first) && (isOutletName(texts[first]!) || namedByCopyright(texts[first]!, texts))) site = texts[first]!.trim();
  // "The Brennan Ledger" at the top, "© 2024 Brennan Ledger Media LLC" at the foot: the masthead names the site.
  if (site === null && first >= 0 && !ctx.isSlot(first) && namedByCopyright(texts[first]!, texts)) {
    skip.add(first);
    site = texts[first]!.trim();
  }
  // "Hearth & Kiln" over "Magazine  Makers  Shop", "Business Cymru" over "Companies | Markets":
  // a short name alone on the page's first line, with a menu or section row right under it.
  // A site known by its web address works the same way ("GOV.UK", "Stuff.co.nz").
  const nameShaped = (t: string) => (isNameCase(t) && words(t) >= 2 && words(t) <= 5) || WEB_NAME.test(t.trim());
  const web = first >= 0 && WEB_NAME.test(texts[first]!.trim());
  const under = texts[first + 1] ?? '';
  const row = !SHARE_ROW.test(under) && (isRow(under) || isMenuLine(under) || (web && furnitureKind(under) !== null));
  // ("Kinwell Children's Charity" / "Keeping children safe, at home and away" / a menu: a motto may stand between.)
  const motto = MOTTO.test(under.trim()) && words(under) <= 10 && isMenuLine(texts[first + 2] ?? '') && !SHARE_ROW.test(texts[first + 2] ?? '');
  if (site === null && first >= 0 && !isCreditLine(texts[first]!, ctx.isSlot(first)) && nameShaped(texts[first]!) && (row || motto)) {
    skip.add(first);
    if (motto) skip.add(first + 1);
    site = texts[first]!.trim();
  }
  // "THE RIDINGS POST | SPORT", "Sky News - watch live": the site's name leading a section row or a call at the top of the page.
  // ("Skip to content" above it is passed over; a furniture row that leads with the name is the one read.)
  const top = texts.findIndex((t) => t.trim() !== '' && (furnitureKind(t) === null || /\s[|›»\-–—]\s/u.test(t)));
  const lead = top >= 0 && top < end ? texts[top]!.trim().split(/\s+[|›»\-–—]\s+/u) : [];
  if (site === null && lead.length > 1 && lead.length <= 4 && isOutletName(lead[0]!)) site = lead[0]!;
  // Menus run on one line, issuer lines, and taglines above the first byline or date line;
  // the site's name is the line printed over a tagline ("The Boundary Rope" / "Club cricket
  // from the Borders and beyond").
  // A bare name on the first line may be the site's own (see isCreditLine), not a byline.
  const firstSlot = [...Array(end).keys()].find((i) => ctx.isSlot(i) && (i !== first || isCreditLine(texts[i]!, true))) ?? end;
  for (let i = 0; i < end; i++) {
    const kind = mastheadLineKind(texts[i]!);
    if (kind === null || ctx.isSlot(i) || (kind === 'tagline' && (i > firstSlot || i >= TAGLINE_SCAN))) continue;
    skip.add(i);
    const above = previousOpen(texts, i);
    if (kind === 'tagline' && site === null && above >= 0 && isNameCase(texts[above]!) && words(texts[above]!) <= 6 && furnitureKind(texts[above]!) === null && !isCreditLine(texts[above]!, ctx.isSlot(above))) {
      skip.add(above);
      site = texts[above]!.trim();
    }
  }
  // A press release's letterhead: the issuing body's name over "Press Office" or "Media Relations".
  const letterhead = texts.findIndex((t, i) => i < end && i > 0 && isLetterhead(t));
  if (site === null && letterhead > 0 && isNameCase(texts[letterhead - 1]!) && furnitureKind(texts[letterhead - 1]!) === null) {
    skip.add(letterhead - 1);
    site = texts[letterhead - 1]!.trim();
  }

  const open = [...Array(end).keys()].filter((i) => !skip.has(i) && furnitureKind(texts[i]!) === null && !ctx.isSlot(i));
  const title = echoedTitle(texts, end);
  const [a, b, c] = open;
  const sameBlock = (i: number, j: number) => ctx.blocks !== null && ctx.blocks[i] === ctx.blocks[j];
  // A masthead and tagline printed together in the first block: "The Frontline Notebook" /
  // "Reflections from a social worker", then the post's own title in a block of its own.
  const blockAlone = a !== undefined && b !== undefined && sameBlock(a, b) && open.filter((i) => sameBlock(i, a)).length === 2;
  // One capitalised word above a headline is a section label ("Politics"), not a site's name.
  const taglined = blockAlone && isNameCase(texts[a]!) && words(texts[a]!) >= 2 && words(texts[a]!) <= 5 && ctx.isHeadline(texts[b]!);
  if (title !== null) {
    for (const i of open) if (i < title) skip.add(i);
    if (a !== undefined && a < title && (isOutletName(texts[a]!) || (taglined && b! < title))) site ??= texts[a]!.trim();
  } else if (taglined && c !== undefined && !sameBlock(b!, c) && ctx.isHeadline(texts[c]!) && (isOutletName(texts[a!]!) || words(texts[c]!) <= words(texts[b!]!)) && ctx.isSlot(nextAfter(texts, c, skip, ctx))) {
    skip.add(a!);
    skip.add(b!);
    site ??= texts[a!]!.trim();
  }
  return { skip, site, title };
}

/**
 * A slot that really credits someone or dates the page. A bare name-shaped line ("Business
 * Cymru") over a menu row or tagline is the site's name, whatever a person test says.
 */
function isCreditLine(text: string, slot: boolean): boolean {
  return slot && (/\d/u.test(text) || /^by\b/iu.test(text.trim()));
}

/** A motto under a masthead: a capital, then lower-case words and commas, no closing stop ("Keeping children safe, at home and away"). */
const MOTTO = /^\p{Lu}[\p{Ll}\s,'’-]+$/u;

/** A share row ("Share on Facebook  Share on Twitter", "Facebook | Twitter | Email"): a headline may stand over one. */
const SHARE_ROW = /\b(?:share|facebook|twitter|whatsapp|linkedin|email|e-mail|print|pinterest|reddit|copy link)\b/iu;

/** A navigation row printed as furniture: entries parted by bars or runs of spaces ("Topics   Government activity   Search", "Sign in | Subscribe"). */
function isMenuLine(text: string): boolean {
  return furnitureKind(text) !== null && text.trim().split(/\s+[|·•]\s+|\s{2,}/u).length >= 2;
}

/** A navigation or section row: a menu on one line, a breadcrumb, or entries parted by bars, dots or runs of spaces. */
function isRow(text: string): boolean {
  const value = text.trim();
  if (value === '') return false;
  if (mastheadLineKind(value) === 'menu') return true;
  const parts = value.split(/\s+[|·•›»>/]\s+|\s{2,}/u);
  return parts.length >= 3 && parts.every((p) => isNameCase(p) && words(p) <= 3);
}

/** The index of the first paragraph after `i` that is not skipped or furniture (a dated "Posted on …" line counts). */
function nextAfter(texts: string[], i: number, skip: Set<number>, ctx: MastheadContext): number {
  let j = i + 1;
  while (j < texts.length && (skip.has(j) || (furnitureKind(texts[j]!) !== null && !ctx.isSlot(j)))) j++;
  return j;
}

/** The index of the nearest paragraph above `i` that is not blank or furniture, or -1. */
function previousOpen(texts: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (texts[j]!.trim() === '' || furnitureKind(texts[j]!) !== null)) j--;
  return j;
}
