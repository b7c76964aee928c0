/**
 * What classifying one capitalised sequence yields: a person, an organisation, or a
 * short form ("Jones", "Rovers", "Mr Timpson") that only means something once the
 * article's full names are known. Also the shared helpers that build them.
 */
import type { EntityKind, Span } from '../types.ts';
import type { Candidate } from './find-name-candidates.ts';
import type { HeadClass } from './org-patterns.ts';
import type { Token } from './tokenize-segment.ts';

/** A full personal name. */
export interface PersonProposal extends Span {
  kind: 'person';
  name: string;
  honorific: string | null;
}

/** An organisation name or acronym. */
export interface OrgProposal extends Span {
  kind: 'organisation';
  name: string;
  head: HeadClass | null;
  /** Set when the proposal is an acronym (bare, or defined in the text). */
  acronym: string | null;
  /** False for a bare acronym with nothing around it saying it is a body ("our SLT"). */
  cued: boolean;
}

/** A one-word (or honorific + surname) form to be resolved against the article's full names. */
export interface ShortProposal extends Span {
  kind: 'short';
  /** The form as written, without honorific. */
  form: string;
  honorific: string | null;
  /** Context says it is an organisation, so it may stand alone if nothing else claims it. */
  orgCue: boolean;
  /** A place name: may only refer to a club or company named after it. */
  placeLike: boolean;
  /** At a sentence or quotation start, where a capital letter proves nothing. */
  initial: boolean;
  /** Context names a person by this word alone ("his son Calum"), so it may stand alone as one. */
  personCue?: boolean;
}

export type Proposal = PersonProposal | OrgProposal | ShortProposal;

/** Facts about the whole article that classification needs. */
export interface ClassifyContext {
  /** Lower-case words the article writes in lower case. */
  articleWords: ReadonlySet<string>;
  /** Lower-case byline names. */
  bylineNames: ReadonlySet<string>;
  /** Lower-case forms (full names and short forms) of entities already found, by kind. */
  known: ReadonlyMap<string, EntityKind>;
  /** Lower-case words that occur as one-word capitalised sequences somewhere in the article. */
  standalone: ReadonlySet<string>;
  /**
   * Lower-case words written capitalised, alone, at least three times, never in lower case and
   * mostly not after a place preposition: proper nouns that act ("Apple said", "accused Apple of").
   */
  recurring: ReadonlySet<string>;
  /** Treat the candidate as an organisation unless it is clearly a person (list peers are). */
  forceOrg: boolean;
  /** Treat a plausible name as a person (list peers are people). */
  forcePerson: boolean;
}

/** The span of tokens `first`..`last` (inclusive) in the candidate's segment. */
export function spanOf(c: Candidate, first: Token, last: Token, extraEnd = 0): Span {
  const end = last.end + extraEnd;
  return { paragraph: c.paragraph, start: first.start, end, text: c.segmentText.slice(first.start, end) };
}

/** Name text of a token run: the segment text with runs of whitespace made single spaces. */
export function nameOf(c: Candidate, first: Token, last: Token): string {
  // "Ramon Ocampo Jr.": the generational suffix keeps its full stop, as it is printed.
  const end = /^(?:Jr|Sr)$/u.test(last.text) && c.segmentText[last.end] === '.' ? last.end + 1 : last.end;
  // A quoted nickname (Bartholomew "Bart" Nwosu) stays in the mention but not in the name.
  return withoutNicknames(c.segmentText.slice(first.start, end)).replace(/\s+/g, ' ');
}

/** Text with each quoted nickname between name words dropped: `Mmabatho "Mama B" Seleke` -> `Mmabatho Seleke`. */
export function withoutNicknames(text: string): string {
  return text.replace(/\s+["“‘][^"“”‘’]{1,30}["”’]\s+/g, ' ');
}

/** The candidate narrowed to tokens [from, to), so context rules read the right neighbours. */
export function narrow(c: Candidate, from: number, to: number): Candidate {
  return { ...c, tokens: c.tokens.slice(from, to), index: c.index + from };
}
