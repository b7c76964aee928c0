/**
 * Coordinated names: links candidates written as "A, B and C" (or "A, B, C and others")
 * so that one member's kind can inform the others, and marks lists introduced by
 * "organisations such as" / "bodies including".
 */
import type { Candidate } from './find-name-candidates.ts';
import { ORG_NOUNS, TITLE_WORDS } from './word-lists.ts';

// ("the International Labour Organization (ILO) and GIZ": a defined acronym's closing bracket may sit before the link.)
const LIST_LINK = /^\)?\s*,\s*(?:the\s+)?$|^\)?\s*,?\s+(?:and|or|&)\s+(?:the\s+)?$/;
const LIST_END = /^\s*,?\s+(?:and|or)\s+(?:others|other\s+\p{Ll}+|more|many more|so on)\b|^\s*,?\s*etc\b/u;
const LIST_INTRO = /(?:such as|the likes of|including|like|among them|among)\s+(?:the\s+)?$/i;

/** Links candidates written as "A, B and C" so one member's kind can inform the others. */
export function markLists(candidates: Candidate[], text: string): Candidate[] {
  const out = candidates.map((c) => ({ ...c }));
  let list = -1;
  let previous: Candidate | null = null;
  for (let i = 0; i < out.length; i++) {
    const current = out[i] as Candidate;
    // "Germany's Olaf Scholz and Italy's Giorgia Meloni": a possessive place word only qualifies the next name.
    if (isQualifier(current, out[i + 1], text)) continue;
    const qualifier = i > 0 && isQualifier(out[i - 1] as Candidate, current, text) ? (out[i - 1] as Candidate) : current;
    const gap = previous ? text.slice(previous.tokens.at(-1)?.fullEnd ?? 0, qualifier.tokens[0]?.start ?? 0) : '';
    // "Diane Abbott, the MP for Hackney North and ...": a title after the comma opens an apposition, not a list.
    const apposition = /,\s*the\s+$/.test(gap) && TITLE_WORDS.has((qualifier.tokens[0]?.text ?? '').toLowerCase());
    if (previous && LIST_LINK.test(gap) && !apposition) {
      if (previous.list < 0) previous.list = ++list;
      current.list = previous.list;
    }
    previous = current;
  }
  const ids = new Set(out.filter((c) => c.list >= 0).map((c) => c.list));
  for (const id of ids) {
    const members = out.filter((c) => c.list === id);
    const last = members.at(-1) as Candidate;
    const openEnded = LIST_END.test(text.slice(last.tokens.at(-1)?.fullEnd ?? 0));
    const hasAnd = members.slice(1).some((m, k) => /\b(?:and|or|&)\b/.test(gapBefore(members[k] as Candidate, m, text)));
    const isList = hasAnd || openEnded || members.length >= 3 || introducedByOrgNoun(members[0] as Candidate, text);
    for (const m of members) if (!isList) m.list = -1;
  }
  for (const c of out) {
    const head = out.find((m) => c.list >= 0 && m.list === c.list) ?? c;
    c.orgList = introducedByOrgNoun(head, text);
  }
  return out;
}

/** "organisations such as X", "sector bodies including X". */
function introducedByOrgNoun(first: Candidate, text: string): boolean {
  const start = first.tokens[0]?.start ?? 0;
  const before = text.slice(Math.max(0, start - 80), start);
  if (!LIST_INTRO.test(before)) return false;
  return before.replace(LIST_INTRO, '').toLowerCase().split(/[^\p{L}-]+/u).slice(-6).some((w) => ORG_NOUNS.has(w));
}

function isQualifier(c: Candidate, next: Candidate | undefined, text: string): boolean {
  const token = c.tokens[0];
  return c.tokens.length === 1 && token?.possessive === true && next !== undefined && /^\s+$/.test(text.slice(token.fullEnd, next.tokens[0]?.start ?? 0));
}

function gapBefore(previous: Candidate, current: Candidate, text: string): string {
  return text.slice(previous.tokens.at(-1)?.fullEnd ?? 0, current.tokens[0]?.start ?? 0);
}
