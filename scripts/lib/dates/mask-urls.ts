/**
 * Blanks out URLs and e-mail addresses so no date or figure is read inside them.
 * Offsets are kept: every masked character becomes a space.
 */

const LINK = /<?\b(?:https?:\/\/|www\.)[^\s<>]+>?|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk|gov|edu|io|info)(?:\/[^\s<>]*)/gi;

/** The text with links replaced by spaces of the same length. */
export function maskUrls(text: string): string {
  return text.replace(LINK, (link) => ' '.repeat(link.length));
}
