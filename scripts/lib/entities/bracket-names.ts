/**
 * A body's name given again in brackets, in another language or in short: "Cork County Council
 * (Comhairle Contae Chorcaí)", "Mass Rapid Transit Corporation Sdn Bhd (MRT Corp)". Both
 * forms name one body, so the bracketed one is filed under the name before it.
 */
import type { OrgProposal, Proposal } from './proposals.ts';
import { matchesInitials } from './find-acronyms.ts';
import { LEADING_ORG_HEADS } from './word-lists.ts';

/**
 * The bracketed name reads as another language's: it opens with a head word of a language that puts
 * the head first ("Comhairle", "Cymdeithas", "Conseil"), after an article if any. ("Sky News (Comcast
 * Corporation)" names the owner, another body.)
 */
function isTranslation(name: string): boolean {
  const words = name.split(/\s+/u);
  const head = /^(?:an|an\s+t|y|yr|le|la|les|el|il|der|die|das|de)$/iu.test(words[0] ?? '') ? words[1] : words[0];
  return LEADING_ORG_HEADS.has((head ?? '').toLowerCase());
}

/**
 * Proposals with each bracketed organisation name that directly follows another organisation's
 * name renamed to it (its printed text is kept as the mention).
 * @param segmentText the text of a paragraph by number
 */
export function fileBracketNames(proposals: readonly Proposal[], segmentText: (paragraph: number) => string): Proposal[] {
  const orgs = proposals.filter((p): p is OrgProposal => p.kind === 'organisation' && p.acronym === null && p.name.includes(' '));
  const renamed = new Map<OrgProposal, string>();
  for (const inner of orgs) {
    const text = segmentText(inner.paragraph);
    if (text[inner.end] !== ')') continue;
    const outer = orgs.find((o) => o !== inner && o.paragraph === inner.paragraph && /^\s*\($/.test(text.slice(o.end, inner.start)));
    if (outer && (isTranslation(inner.name) || isShortName(inner.name, outer.name))) renamed.set(inner, renamed.get(outer) ?? outer.name);
  }
  return renamed.size === 0 ? [...proposals] : proposals.map((p) => (p.kind === 'organisation' && renamed.has(p) ? { ...p, name: renamed.get(p)! } : p));
}

/**
 * Every word of `short` is a word of `full`, the start of one ("Corp", "Corporation"), or the
 * initials of a run of them ("MRT", "Mass Rapid Transit"): "MRT Corp" is short for it.
 */
function isShortName(short: string, full: string): boolean {
  const words = full.split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase());
  return short.split(/\s+/u).every((w) => {
    const l = w.toLowerCase().replace(/\.$/u, '');
    if (lower.includes(l) || (l.length >= 3 && lower.some((f) => f.startsWith(l)))) return true;
    return words.some((_, i) => words.slice(i).some((__, j) => j >= 1 && matchesInitials(w, words.slice(i, i + j + 1))));
  });
}
