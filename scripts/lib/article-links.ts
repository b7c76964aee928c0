/**
 * Derives, from the resolved data files, the links to insert in each article:
 * every person, organisation and date mention points at its page.
 */
import type { DateEntity, Organisation, Person } from '../../src/schemas/entities.ts';
import type { EntityLink } from './remark-entity-links.ts';

/** Article id -> links, from one pass over every mention. Header mentions (paragraph 0) are not in the body. */
export function articleLinks(people: Person[], organisations: Organisation[], dates: DateEntity[]): Map<string, EntityLink[]> {
  const result = new Map<string, EntityLink[]>();
  const add = (entityHref: string, className: string, mentions: { article: string; paragraph: number; start: number; text: string }[]) => {
    for (const m of mentions) {
      if (m.paragraph === 0) continue;
      const list = result.get(m.article) ?? [];
      list.push({ paragraph: m.paragraph, start: m.start, end: m.start + m.text.length, href: entityHref, className });
      result.set(m.article, list);
    }
  };
  for (const p of people) add(`../people/${p.id}.html`, 'ent person', p.mentions);
  for (const o of organisations) add(`../organisations/${o.id}.html`, 'ent organisation', o.mentions);
  for (const d of dates) add(`../dates/${d.id}.html`, 'ent date', d.mentions);
  return result;
}
