/**
 * A body's name given again in another language in brackets: "Galway County Council (Comhairle
 * Chontae na Gaillimhe)", "the Llanfair History Society (Cymdeithas Hanes Llanfair)". Both
 * forms name one body, so the bracketed one is filed under the name before it.
 */
import type { OrgProposal, Proposal } from './proposals.ts';

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
    if (outer) renamed.set(inner, renamed.get(outer) ?? outer.name);
  }
  return renamed.size === 0 ? [...proposals] : proposals.map((p) => (p.kind === 'organisation' && renamed.has(p) ? { ...p, name: renamed.get(p)! } : p));
}
