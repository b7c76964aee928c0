/**
 * Recognises photo captions and credits: "Image: Lucie Carlier", "Photograph: Sam
 * Frost/Getty Images", "Image caption Social workers…", or a caption sentence that ends
 * with such a credit.
 */

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
  if (CREDIT_LINE.test(value) && words <= 25) return true;
  return words <= 70 && (TRAILING_CREDIT.test(value) || TRAILING_LABEL.test(value));
}

/** Normalised text for spotting a caption printed twice (alt text, then the visible caption). */
export function captionKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
