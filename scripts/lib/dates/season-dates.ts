/**
 * Seasons as dates at year precision: `summer 2016`, `the autumn`, `last winter`, `this spring`,
 * `in the fall`. A season must be introduced (`the`, `this`, `last`, `next`, `early`) or carry a
 * year, and must not lead a name (`Autumn Statement`, `Arab Spring`, `summer school`).
 */
import type { Reference } from './calendar.ts';
import { candidate, type DateCandidate } from './candidate.ts';

const SEASON = /\b(?:(the|this|last|next|early|late|mid)[\s-]+)?(?:(early|late|mid)[\s-]+)?(spring|summer|autumn|winter|fall)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi;
const START_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const FOLLOWERS = /^(\s*$|\s*[,.;:!?)\]"'”’–—-]|\s+(of|and|or|when|to|with|after|before|as|but|the|a|at|in|on|for|will|would|could|should|is|was|are|were|has|had|term|months?|recess|break|holidays?|session)\b)/i;

/** Season dates in one segment text. */
export function seasonDates(text: string, ref: Reference | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(SEASON)) {
    const lead = (m[1] ?? '').toLowerCase();
    const season = (m[3] ?? '').toLowerCase();
    const year = m[4] ? Number(m[4]) : null;
    const end = m.index + m[0].length;
    if (year === null && !lead) continue;
    if (season === 'fall' && year === null && !['this', 'last', 'next'].includes(lead) && !/\bin\s+$/i.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (year === null && !FOLLOWERS.test(text.slice(end, end + 12))) continue;
    if (/[A-Z]/.test(m[3]?.[0] ?? '') && /[A-Z][a-z]+\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push(candidate(m.index, end, year === null ? 'relative' : 'explicit', 'year', year ?? seasonYear(season, lead, ref)));
  }
  return out;
}

function seasonYear(season: string, lead: string, ref: Reference | null): number | null {
  if (!ref) return null;
  const startMonth = START_MONTH[season] ?? 1;
  if (ref.month === null || (lead !== 'last' && lead !== 'next')) return ref.year;
  if (lead === 'last') return ref.month >= startMonth + 3 ? ref.year : ref.year - 1;
  return ref.month < startMonth ? ref.year : ref.year + 1;
}
