/**
 * Recognises photo captions and credits: "Image: Lucie Carlier", "Photograph: Sam
 * Frost/Getty Images", "Image caption Social workers…", a caption sentence that ends
 * with such a credit (or one in capitals, "ST PHOTO: KELVIN CHNG") or with a bracketed one ("(ABC News: Jo Bloggs)", "(Supplied)"), and
 * reporting credits ("Reporting by …; Editing by …", "X contributed to this report.").
 */
import nlp from 'compromise';

const CREDIT_WORD = String.raw`(?:main |top |header |lead |feature )?(?:image|photo|photograph|photography|picture|pic|illustration|graphic|graphics|video|footage|photo credit|image credit|picture credit|credit|image copyright|copyright|photo illustration|composite)s?`;
/** A line that is only a credit or a labelled caption. */
const CREDIT_LINE = new RegExp(String.raw`^\(?${CREDIT_WORD}\s*(?::|\bby\b|©|\bcaption\b|\bcopyright\b)\s*\S`, 'iu');
/** A caption sentence ending in a credit: "… child protection. Image: Lucie Carlier". */
const TRAILING_CREDIT = new RegExp(String.raw`[.!?"”’)]\s+\(?${CREDIT_WORD}\s*(?::|\bby\b|©)\s*(?:[^.!?]|\b\p{Lu}\.){2,80}\)?$`, 'iu');
/** The same credit after a caption printed without a full stop: capitalised label and a colon. */
const TRAILING_LABEL = /\s\(?(?:Image|Photo|Photograph|Picture|Pic|Illustration|Credit)s?:\s*(?:[^.!?:]|\b\p{Lu}\.){2,80}\)?$/u;
/** Picture agencies, alone on a line or after a slash at the end of a credit. */
const AGENCY_LINE = /^(?:getty(?: images)?|pa(?: media| wire| images)?|reuters|afp(?:\/getty(?: images)?)?|ap(?: photo)?|alamy(?: stock photo)?|shutterstock|rex(?:\/shutterstock| features)?|epa|bloomberg(?: via getty images)?|istock(?:photo)?|corbis|xinhua)$/iu;
const BBC_LABEL = /^(?:image|media|video) caption\b|^image source\b|^(?:image|photo)\s+copyright\b/iu;
/** A bracketed credit closing a caption: "(ABC News: Jo Bloggs)", "(AAP: Dan Smith)", "(Supplied)". */
const BRACKET_CREDIT = /[.!?"”’]?\s\((?:[Ss]upplied|[Ff]ile(?: photo)?|(?:\p{Lu}[\p{L}'’&-]*\s?){1,4}:\s*(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}|[Ss]upplied:\s*[^()]{2,40})\)$/u;
/** An upper-case credit with the outlet's initials before it: "ST PHOTO: KELVIN CHNG", "LCP PICTURE: JO LIM". */
const UPPER_CREDIT = /^(?:[\p{Lu}\p{N}&'’.-]+\s){1,3}(?:PHOTO|PHOTOS|PHOTOGRAPH|PICTURE|PICTURES|PIC|IMAGE|IMAGES|FILE PHOTO|VIDEO|GRAPHIC)\s*:\s*[\p{Lu}\p{N}'’.,\/&() -]{2,60}$/u;
/** A caption run straight into a photographer's credit in capitals: "… once adopted NIALL DEVERILL FOR THE TIMES", "… GETTY IMAGES". */
const CAPS_CREDIT_TAIL = /\p{Ll}[\p{Ll},]*\s(?:(?:[\p{Lu}'’.-]{3,}\s){2,3}FOR\s(?:THE\s)?[\p{Lu}'’.-]{2,}(?:\s[\p{Lu}'’.-]{2,}){0,3}|(?:[\p{Lu}'’.-]{2,}\s){1,4}(?:IMAGES|PHOTOS?|PICTURES?|ALAMY|SHUTTERSTOCK))$/u;
/** Reporting, writing and editing credits of wire and newspaper stories. */
const CONTRIBUTORS = /^[(\[]?(?:additional |extra )?(?:reporting|writing|editing|research|compiled|production|graphics|translation|translated|fact-?checking)(?: and \w+)? by\s+\p{Lu}/iu;
const CONTRIBUTED = /\bcontributed (?:reporting |research )?(?:to|for) this (?:report|story|article)\.?[)\]]?$|^[-–—]?\s*with assistance (?:from|by)\s+\p{Lu}/iu;

/**
 * True when a paragraph is a photo caption or credit rather than article text.
 * @param text the paragraph's text
 */
export function isCaption(text: string): boolean {
  const value = text.trim();
  const words = value.split(/\s+/u).length;
  if (words === 0 || value === '') return false;
  if (BBC_LABEL.test(value)) return true;
  if (AGENCY_LINE.test(value.replace(/[()]/gu, ''))) return true;
  if ((CREDIT_LINE.test(value) || UPPER_CREDIT.test(value)) && words <= 25) return true;
  if (words <= 40 && (CONTRIBUTORS.test(value) || CONTRIBUTED.test(value))) return true;
  if (words <= 60 && BRACKET_CREDIT.test(value) && !/[“"]/u.test(value.slice(0, 2))) return true;
  return words <= 70 && (TRAILING_CREDIT.test(value) || TRAILING_LABEL.test(value) || CAPS_CREDIT_TAIL.test(value));
}

/**
 * A caption printed without a credit, judged conservatively: a capitalised fragment of 4–25
 * words with no finite verb and no quotation ("Protesters outside the town hall on Tuesday."),
 * followed by a longer paragraph. Only header positions should ask.
 * @param text the paragraph
 * @param next the paragraph after it
 */
export function isBareCaption(text: string, next: string | undefined): boolean {
  const value = text.trim();
  const words = value.split(/\s+/u).length;
  if (words < 4 || words > 25 || next === undefined || next.trim().split(/\s+/u).length <= words) return false;
  if (!/^\p{Lu}/u.test(value) || /["“”‘’]|\s'|'\s|[?!:;]$/u.test(value)) return false;
  // A participle ("Residents wading through floodwater") is how captions run; a finite verb is a sentence's.
  return nlp(value).match('#Verb').not('#Gerund').length === 0;
}

/** Normalised text for spotting a caption printed twice (alt text, then the visible caption). */
export function captionKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * True when `text` is the paragraph `above` printed again with its credit after it, as pages
 * print a picture's caption twice ("… Old Mill Road." then "… Old Mill Road.(KNWB)").
 * @param above the paragraph before, of four words or more
 */
export function isRepeatedCaption(text: string, above: string): boolean {
  const first = above.trim();
  return first.split(/\s+/u).length >= 4 && text.startsWith(first) && text.length > first.length && text.length - first.length <= 40;
}
