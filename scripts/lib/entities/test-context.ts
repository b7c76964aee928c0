/**
 * Test helper: builds candidates and a classification context from plain sentences,
 * so rule tests read as sentences rather than token arrays.
 */
import type { Candidate } from './find-name-candidates.ts';
import { findNameCandidates } from './find-name-candidates.ts';
import type { ClassifyContext } from './proposals.ts';

/** A context with nothing known about the article. */
export function emptyContext(overrides: Partial<ClassifyContext> = {}): ClassifyContext {
  return { articleWords: new Set(), bylineNames: new Set(), known: new Map(), standalone: new Set(), recurring: new Set(), forceOrg: false, forcePerson: false, ...overrides };
}

/** The candidate whose words are `words` in `text`. */
export function candidateIn(text: string, words: string): Candidate {
  const found = findNameCandidates({ paragraph: 1, kind: 'body', text }, new Set()).find((c) => c.tokens.map((t) => t.text).join(' ') === words);
  if (!found) throw new Error(`no candidate "${words}" in "${text}"`);
  return found;
}
