/**
 * The links to insert in one article: every person, organisation and date mention
 * points at its page. Worked out from the article's own extraction and the entities
 * its local names resolved to, so an incremental ingest needs no other article.
 */
import type { EntityKind } from './types.ts';
import type { EntityLink } from './remark-entity-links.ts';
import { forEachMention, isCountedDate } from './resolve/counted-mentions.ts';
import { compareStrings } from './resolve/describe-cluster.ts';
import type { ArticleInput } from './resolve/types.ts';

const PAGES: Record<EntityKind | 'date', { folder: string; className: string; rank: number }> = {
  person: { folder: 'people', className: 'ent person', rank: 0 },
  organisation: { folder: 'organisations', className: 'ent organisation', rank: 1 },
  date: { folder: 'dates', className: 'ent date', rank: 2 },
};

interface Ranked extends EntityLink {
  rank: number;
  id: string;
}

/**
 * Links in a fixed order: people, organisations, then dates, each by id, then paragraph and offset
 * (the linker keeps the first of two links over the same words). Header mentions (paragraph 0) are
 * not in the body; a mention counted twice by the extractor links once, as the entity pages count it.
 * @param targets per local entity of the article, the index of its entity, -1 when dropped
 */
export function articleLinks(article: ArticleInput, targets: Int32Array, entities: { id: string; kind: EntityKind }[]): EntityLink[] {
  const links: Ranked[] = [];
  const add = (kind: EntityKind | 'date', id: string, m: { paragraph: number; start: number; text: string }) => {
    if (m.paragraph === 0) return;
    const page = PAGES[kind];
    const href = `../${page.folder}/${id}.html`;
    links.push({ rank: page.rank, id, paragraph: m.paragraph, start: m.start, end: m.start + m.text.length, href, className: page.className });
  };
  forEachMention(article, targets, (target, m) => add(entities[target]!.kind, entities[target]!.id, m));
  for (const d of article.extraction.dates) if (isCountedDate(d)) add('date', d.iso, d.span);
  links.sort((x, y) => x.rank - y.rank || compareStrings(x.id, y.id) || x.paragraph - y.paragraph || x.start - y.start);
  return links.map(({ paragraph, start, end, href, className }) => ({ paragraph, start, end, href, className }));
}
