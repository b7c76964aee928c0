/**
 * Upper-case picture credits ("ST PHOTO: KELVIN NG WEI LIANG", "FILE PHOTO: REUTERS"): the
 * outlet's initials and the photographer's shouted name are furniture, never an organisation.
 */
import type { Candidate } from './find-name-candidates.ts';

const CREDIT_WORD = /^(?:PHOTOS?|PICTURES?|PIC|IMAGES?|GRAPHICS?|VIDEO|FILE)$/;

/** True when the candidate is written in capitals and belongs to a picture credit. */
export function inCreditLine(c: Candidate): boolean {
  if (c.tokens.length === 0 || !c.tokens.every((t) => t.text === t.text.toUpperCase())) return false;
  if (c.tokens.some((t) => CREDIT_WORD.test(t.text))) return true;
  const start = c.tokens[0]?.start ?? 0;
  const end = c.tokens.at(-1)?.fullEnd ?? 0;
  // Everything between the credit word and the candidate is in capitals too: "PHOTO: KELVIN ONG JUN HAO".
  const before = c.segmentText.slice(Math.max(0, start - 60), start);
  const after = c.segmentText.slice(end, end + 20);
  return /\b(?:PHOTOS?|PICTURES?|PIC|IMAGES?|GRAPHICS?)\s*:[\p{Lu}\s.,’'\/-]*$/u.test(before) || /^\s+(?:FILE\s+)?(?:PHOTOS?|PICTURES?|PIC|IMAGES?)\s*:/.test(after);
}
