/**
 * Notes a newsroom prints around a story that are not the story: print cross-references
 * ("Full scorecards on page 46."), calls for readers' photos ("Have you been affected? Send us
 * your photos …"), and the one-line blurb that closes a story about who published or funded it
 * ("WBN is a regional news agency covering business in Wales.", "LDR is local body journalism
 * co-funded by RNZ and NZ On Air.").
 */

/** A pointer to another page of the print edition: "Full scorecards on page 46.", "Letters, page 23", "Continued on page 6". */
const PAGE_REFERENCE = /^(?:(?:full|more|complete|all|latest|today['’]s|further)\s+[\p{L}'’ &-]{2,30}?|continued|turn to|see|analysis|comment|letters|obituaries|results|scorecards|scores|tables|fixtures|opinion|leader|editorial|reviews?|weather|tv listings|puzzles)[,:]?\s+(?:(?:is |are )?on\s+|see\s+)?pages?\s+\d{1,3}(?:\s*(?:[-–]|and|&)\s*\d{1,3})?\.?$/iu;

/** A call for readers' pictures and stories: "Send us your photos and videos on WhatsApp", after an optional "Have you been affected?". */
const READER_CALL = /^(?:(?:have you been|were you|are you|did you)\b[^?]{0,60}\?\s*)?(?:please\s+)?(?:send|share|email|e-mail|whatsapp|message|upload) (?:us )?(?:your |any )?(?:own )?(?:photos?|pictures?|videos?|footage|stories|story|experiences?|images?)\b.{0,140}$/iu;

/** What a publisher, agency or funder is: "is a regional news agency", "is local body journalism co-funded by …". */
const SELF_DESCRIPTION = /^\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}? (?:is|are) (?:(?:a|an|the) )?(?:[\p{L}'’,-]+ ){0,6}(?:news agency|news service|newswire|wire service|news (?:organi[sz]ation|site|outlet|website|publisher)|newsroom|media (?:company|group|organi[sz]ation|outlet)|publisher|newspaper|journalism|reporting (?:service|scheme|project|partnership)|reporters?)\b.{0,160}$/u;
/** A funding credit for the newsroom's reporting: "… journalism co-funded by …", "… reporting is supported by …". */
const FUNDED = /\b(?:journalism|reporting|reporters?|newsroom|news|wire|newswire|media|press)\b.{0,80}\b(?:(?:co-?)?funded|supported|made possible|paid for)\s+(?:by|through|with)\b/iu;

/** True for a print cross-reference or a call for readers' photos, wherever it stands. */
export function isEditorialNote(text: string): boolean {
  const value = text.trim().replace(/\s+/gu, ' ');
  const words = value.split(' ').length;
  return (words <= 10 && PAGE_REFERENCE.test(value)) || (words <= 35 && READER_CALL.test(value));
}

/**
 * True for a one-sentence blurb about the publisher, agency or funder. Only trustworthy at
 * the foot of a story: a story about a newspaper may say the same thing in its text.
 */
export function isPublisherBlurb(text: string): boolean {
  const value = text.trim().replace(/\s+/gu, ' ');
  if (value.split(' ').length > 30 || /[.!?]\s+\p{Lu}/u.test(value) || /["“”]/u.test(value)) return false;
  return SELF_DESCRIPTION.test(value) || FUNDED.test(value);
}
