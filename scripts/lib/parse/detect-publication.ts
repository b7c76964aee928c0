/**
 * Names the publication when the page's own furniture does: "<Name> Digital membership",
 * "More from <Name>", "© 2016 <Name>", "This article first appeared in <Name>",
 * "Subscribe to <Name>", "<Name> Magazine". Running article text is never read.
 */

const PATTERNS: RegExp[] = [
  /^(.{2,40}?)\s+(?:digital|print|online|premium)?\s*(?:membership|subscription|subscriptions)$/iu,
  /^more from\s+(?:the\s+)?(.{2,40})$/iu,
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?([^.]{2,60}?)\s*(?:[.,]|\ball rights reserved|$)/iu,
  /^this (?:article|story|piece|post) (?:was )?(?:first |originally )?(?:appeared|published|appears) (?:on|in|at|by)\s+(.{2,40}?)\.?$/iu,
  /^(?:originally|first) (?:published|appeared) (?:on|in|at|by)\s+(.{2,40}?)\.?$/iu,
  /^(?:subscribe|sign up) to\s+(.{2,40}?)(?:\s+(?:today|now|magazine))?$/iu,
  /^(.{2,40}?)\s+magazine$/iu,
];
const GENERIC = /^(?:our|this|my|your|us|me|them|author|this author|this section|around the web|the web|our partners|partners|newsletter|all|more|today|now|here|comments|sponsors?)\b/iu;

function validName(name: string): boolean {
  const words = name.split(/\s+/u).length;
  return words <= 6 && /^[\p{Lu}\p{N}]/u.test(name) && !GENERIC.test(name) && !/[.!?:]$/u.test(name);
}

/**
 * The outlet's name, or null.
 * @param lines texts of the non-body paragraphs (furniture, header leftovers), in order
 */
export function detectPublication(lines: string[]): string | null {
  for (const re of PATTERNS) {
    for (const line of lines) {
      const value = line.trim().replace(/\s+/gu, ' ').replace(/^[|•·\-–—\s]+/u, '');
      if (value.length > 200) continue;
      const name = re.exec(value)?.[1]?.trim().replace(/[\s,]+(?:19|20)\d\d$/u, '').replace(/\s+(?:ltd|limited|plc)\.?$/iu, '');
      if (name && validName(name)) return name;
    }
  }
  return null;
}
