/**
 * Sorts the paragraphs between the header and the comment thread into running body,
 * captions and dropped furniture. A press release's tail ("ENDS", then "Notes to editors",
 * "About <Org>") is background for journalists, not the release's text: its paragraphs are
 * kept as captions, so that the facts in them stay in the page and reach the extractors
 * while the running text ends where the release does.
 */
import { captionKey, isCaption } from './detect-caption.ts';
import { closingByline } from './detect-byline.ts';
import type { DateOrder } from './date-order.ts';
import { parseDateLine, type DateLine } from './find-date.ts';
import { isEndMarker, isReporterBio, markFurniture } from './strip-furniture.ts';

export type BodyRole = 'body' | 'caption' | 'drop';

/** Roles in paragraph order, and a labelled date line ("Published: …") found among them. */
export interface BodyClassification {
  roles: BodyRole[];
  dateLine: DateLine | null;
  /** A byline printed after the text ("Words: Jane Doe"), read only when the header has none. */
  author: string | null;
}

/** How far from the end a closing byline may sit: past bios, print notes and share rows. */
const CLOSING_SCAN = 6;

/** Headings of a press release's notes: "Notes to editors", "Editor's notes", "Background for editors". */
const NOTES_HEADING = /^(?:notes?|editor['’]?s?['’]? notes?|notes? (?:to|for) (?:editors?|news ?desks?|journalists)|background(?: information)? for (?:editors|journalists))\s*:?$/iu;
/** "About Riverside Carers Trust": a boilerplate heading, when the next paragraph starts with that name. */
const ABOUT_HEADING = /^about\s+(?:the\s+)?(\p{Lu}[^.!?:]{1,60}?)\s*:?$/iu;

function opensBoilerplate(text: string, next: string | undefined): boolean {
  const name = ABOUT_HEADING.exec(text)?.[1];
  return name !== undefined && next !== undefined && next.trim().replace(/^the\s+/iu, '').toLowerCase().startsWith(name.toLowerCase());
}

/**
 * Classifies body paragraphs.
 * @param paras the paragraphs, in order
 * @param repeats texts already used by the header (headline, standfirst); a repeat of one is dropped
 * @param order the text's day/month order, for numeric date lines
 * @param headerAuthor the byline read from the header, if any
 */
export function classifyBody(paras: { text: string; bullet: boolean }[], repeats: string[], order: DateOrder | null = null, headerAuthor: string | null = null): BodyClassification {
  const furniture = markFurniture(paras);
  const seen = new Set(repeats.map(captionKey));
  const keys = paras.map((p) => captionKey(p.text));
  let dateLine: DateLine | null = null;
  let tail = false;
  let bodySeen = false;
  const roles = paras.map((para, i): BodyRole => {
    const text = para.text.trim();
    if (bodySeen && isEndMarker(text)) tail = true;
    if (bodySeen && (NOTES_HEADING.test(text) || opensBoilerplate(text, paras[i + 1]?.text))) tail = true;
    if (furniture[i] || keys[i] === '' || seen.has(keys[i]!)) return 'drop';
    const date = parseDateLine(para.text, order);
    if (date?.label) {
      dateLine ??= date;
      return 'drop';
    }
    // A caption is often printed twice (image alt text, then the caption itself): keep one.
    if (i > 0 && keys[i] === keys[i - 1] && !furniture[i - 1]) return 'drop';
    if (tail) return 'caption';
    if (isCaption(para.text) || keys[i] === keys[i + 1]) return 'caption';
    bodySeen = true;
    return 'body';
  });
  // A magazine signs a long read at its foot ("Words: Jane Doe"): a byline among the last
  // paragraphs, after the running text, when the header printed none.
  let author: string | null = null;
  if (headerAuthor === null) {
    const open = roles.map((r, i) => (r === 'drop' ? -1 : i)).filter((i) => i >= 0);
    for (const i of open.slice(-CLOSING_SCAN).reverse()) {
      const found = open.indexOf(i) >= 3 ? closingByline(paras[i]!.text) : null;
      if (found === null) continue;
      author = found;
      roles[i] = 'drop';
      break;
    }
  }
  // A reporter's bio or contact note is furniture only where it ends the article.
  for (let i = roles.length - 1; i >= 0 && roles[i] !== 'caption'; i--) {
    if (roles[i] === 'drop') continue;
    if (!isReporterBio(paras[i]!.text, headerAuthor ?? author)) break;
    roles[i] = 'drop';
  }
  return { roles, dateLine, author };
}
