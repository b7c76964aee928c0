/**
 * Resolves a generic organisation noun ("the department", "the charity", "the union")
 * to a named organisation: one the text described with that noun ("the charity Action
 * for Children", "Ofqual, the exams regulator"), or the only organisation whose name
 * holds the noun ("Department for Education").
 */
import type { LocalEntity } from '../types.ts';
import { GENERIC_ORG_NOUNS } from './lexicon.ts';
import type { ParagraphView } from './paragraph-view.ts';

/** A generic noun stated for an organisation, at the place it is stated. */
export interface OrgDescriptor {
  noun: string;
  entity: LocalEntity;
  paragraph: number;
  position: number;
}

const NOUN_BEFORE = /(?:^|\s)([a-z][\w-]*)(?:\s*,)?\s*$/;
const NOUN_AFTER = /^(?:\s*,|\s*\()\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\s*[,)]/;

/** Every "noun ORG" and "ORG, the … noun," description, in text order. */
export function findOrgDescriptors(views: readonly ParagraphView[]): OrgDescriptor[] {
  const out: OrgDescriptor[] = [];
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.entity.kind !== 'organisation') continue;
      const before = NOUN_BEFORE.exec(view.masked.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase();
      if (before && GENERIC_ORG_NOUNS.has(before)) out.push({ noun: before, entity: m.entity, paragraph: view.paragraph, position: m.start });
      const after = NOUN_AFTER.exec(view.masked.slice(m.end, m.end + 60))?.[1]?.toLowerCase();
      if (after && GENERIC_ORG_NOUNS.has(after)) out.push({ noun: after, entity: m.entity, paragraph: view.paragraph, position: m.start });
    }
  }
  return out;
}

/**
 * The organisation `noun` stands for at a place, or null when the text does not say.
 * @param organisations this article's organisation entities
 */
export function resolveGenericOrg(
  noun: string,
  descriptors: readonly OrgDescriptor[],
  organisations: readonly LocalEntity[],
  paragraph: number,
  position: number,
): LocalEntity | null {
  const key = singular(noun.toLowerCase());
  const same = descriptors.filter((d) => d.noun === key);
  const isBefore = (d: OrgDescriptor) => d.paragraph < paragraph || (d.paragraph === paragraph && d.position <= position);
  const chosen = same.filter(isBefore).at(-1) ?? same.find((d) => !isBefore(d));
  if (chosen) return chosen.entity;
  const word = new RegExp(`\\b${key}`, 'i');
  const named = organisations.filter((o) => word.test(o.name));
  return named.length === 1 ? named[0]! : null;
}

/** True when `word` (possibly possessive) is a generic organisation noun. */
export function isGenericOrgNoun(word: string): boolean {
  return GENERIC_ORG_NOUNS.has(singular(word.toLowerCase()));
}

function singular(word: string): string {
  return word.replace(/['\u2019]s?$/, '');
}
