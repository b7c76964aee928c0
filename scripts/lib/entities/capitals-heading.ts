/**
 * Section headings printed in capitals ("MATCH FACTS", "3. CURRENT POSITION"): words of the page,
 * not the name of a body.
 */
import type { Candidate } from './find-name-candidates.ts';
import { orgHeadClass } from './org-patterns.ts';

/**
 * "MATCH FACTS", "MOST READ IN SHOWBIZ": a line of two or more words all in capitals is a
 * section heading of the page. (A person's name in capitals alone on a line is a heading too:
 * the name counts where the text uses it.)
 */
export function isCapitalsHeading(c: Candidate): boolean {
  const words = c.tokens.map((t) => t.text);
  // ("WAKEFIELD ATHLETIC" over a team sheet is a club: a body's head word keeps it.)
  if (words.length < 2 || !words.every((w) => w === w.toUpperCase()) || orgHeadClass(words)) return false;
  // The run is the whole line, but for a section number before it ("3. CURRENT POSITION") and a colon after it.
  // (Only the ends are read: a paragraph may be long, and this runs for every candidate.)
  const start = c.tokens[0]?.start ?? 0;
  const end = c.tokens.at(-1)?.end ?? 0;
  return start <= 12 && c.segmentText.length - end <= 4 && /^\s*(?:(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|[A-Z]\.)\s+)?$/.test(c.segmentText.slice(0, start)) && /^[\s:.]*$/.test(c.segmentText.slice(end));
}
