/**
 * Mutable working records for entities while one article is being resolved, and their
 * conversion to the final, sorted `LocalEntity` list. Local to resolve-short-forms:
 * nothing mutable escapes it.
 */
import type { EntityKind, LocalEntity, Span } from '../types.ts';
import { foldWord } from './lexicon.ts';
import type { HeadClass } from './org-patterns.ts';

/** An entity under construction. */
export interface Draft {
  kind: EntityKind;
  /** Surface names seen, longest wins as `name`. */
  names: string[];
  honorific: string | null;
  acronym: string | null;
  head: HeadClass | null;
  mentions: Span[];
  byline: boolean;
  /** Document-order index of the latest mention, for choosing between same-surname people. */
  lastSeen: number;
}

const NOT_A_NOUN = /^(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|was|is|has|had|have|were|are|will|would|said|says|which|who|to|in|on|at|for|with|also)\b)/;

/** A new draft. */
export function newDraft(kind: EntityKind, name: string, head: HeadClass | null = null): Draft {
  return { kind, names: [name], honorific: null, acronym: null, head, mentions: [], byline: false, lastSeen: -1 };
}

/** Grouping key for a name: folded case and accents, no leading "the", no possessive, single spaces. */
export function nameKey(name: string): string {
  return foldWord(name)
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    // "Acme Engineering Limited" and "Acme Engineering Ltd" are one company's name.
    .replace(/ (?:limited|ltd)$/, ' ltd')
    .replace(/ (?:incorporated|inc)$/, ' inc')
    .replace(/ (?:corporation|corp)$/, ' corp')
    .trim();
}

/** The display name: the longest surface form, ties broken by first seen. */
export function displayName(draft: Draft): string {
  return draft.names.reduce((best, n) => (n.length > best.length ? n : best), draft.names[0] ?? '');
}

/** Moves everything from `from` into `into`. */
export function mergeDraft(into: Draft, from: Draft): void {
  into.names.push(...from.names);
  into.mentions.push(...from.mentions);
  into.honorific ??= from.honorific;
  into.acronym ??= from.acronym;
  into.head ??= from.head;
  into.byline ||= from.byline;
  into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
}

/**
 * Freezes drafts into sorted LocalEntity records. Organisations whose one-word name is
 * only ever written with a possessive ("Barnardo's") keep the "'s" in name and spans.
 * @param segmentText the text of a paragraph, to look at what follows a mention
 */
export function finishDrafts(drafts: readonly Draft[], segmentText: (paragraph: number) => string): LocalEntity[] {
  const entities = drafts
    .filter((d) => d.mentions.length > 0 || d.byline)
    .map((d): LocalEntity => {
      let name = displayName(d);
      let mentions = uniqueSpans(d.mentions);
      const tail = (m: Span): string => segmentText(m.paragraph).slice(m.end, m.end + 2);
      const after = (m: Span): string => segmentText(m.paragraph).slice(m.end + 2, m.end + 14);
      // "Barnardo's was", "Sainsbury's and": an "'s" not followed by a noun belongs to the name.
      const partOfName = (m: Span): boolean => /^[’']s$/.test(tail(m)) && NOT_A_NOUN.test(after(m));
      if (d.kind === 'organisation' && !/\s/.test(name) && !d.acronym && mentions.length > 0 && mentions.every((m) => /^[’']s$/.test(tail(m))) && mentions.some(partOfName)) {
        mentions = mentions.map((m) => ({ ...m, end: m.end + 2, text: m.text + tail(m) }));
        name = (mentions[0] as Span).text;
      }
      return { kind: d.kind, name, acronym: d.kind === 'organisation' ? d.acronym : null, honorific: d.kind === 'person' ? d.honorific : null, mentions, byline: d.byline };
    });
  return entities.sort((a, b) => compare(a.kind, b.kind) || compare(a.name, b.name) || compare(JSON.stringify(a.mentions[0] ?? null), JSON.stringify(b.mentions[0] ?? null)));
}

function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) seen.set(`${s.paragraph}:${s.start}:${s.end}`, { paragraph: s.paragraph, start: s.start, end: s.end, text: s.text });
  return [...seen.values()].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
