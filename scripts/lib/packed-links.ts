/**
 * Every article's entity links, held between resolution and MDX serialisation in a few
 * typed arrays, with each distinct href and class name stored once. As objects they were
 * 59 MB of heap at 10,000 articles (the largest item at ingest's peak; 0.6 GB at 100,000);
 * packed, about 5 MB.
 */
import type { EntityLink } from './remark-entity-links.ts';

/** Numbers per link: paragraph, start, end, index of its href and class. */
const WIDTH = 4;

/**
 * Packs the links of articles `0 … count - 1`, asking for each article's links once.
 * @returns the links of article `index`, equal to what `linksOf(index)` gave
 */
export function packLinks(count: number, linksOf: (index: number) => EntityLink[]): (index: number) => EntityLink[] {
  const targets: { href: string; className: string }[] = [];
  const targetIndex = new Map<string, number>();
  const offsets = new Int32Array(count + 1);
  let numbers = new Int32Array(1024);
  let used = 0;
  for (let i = 0; i < count; i++) {
    const links = linksOf(i);
    if (used + links.length * WIDTH > numbers.length) {
      const grown = new Int32Array(Math.max(numbers.length * 2, used + links.length * WIDTH));
      grown.set(numbers.subarray(0, used));
      numbers = grown;
    }
    for (const link of links) {
      // The separator cannot occur in an href (a relative URL of a slug) or a class list.
      const key = `${link.href}\n${link.className}`;
      let target = targetIndex.get(key);
      if (target === undefined) {
        target = targets.length;
        targets.push({ href: link.href, className: link.className });
        targetIndex.set(key, target);
      }
      numbers[used++] = link.paragraph;
      numbers[used++] = link.start;
      numbers[used++] = link.end;
      numbers[used++] = target;
    }
    offsets[i + 1] = used;
  }
  const packed = numbers.slice(0, used);
  return (index) => {
    const links: EntityLink[] = [];
    for (let at = offsets[index]!; at < offsets[index + 1]!; at += WIDTH) {
      const { href, className } = targets[packed[at + 3]!]!;
      links.push({ paragraph: packed[at]!, start: packed[at + 1]!, end: packed[at + 2]!, href, className });
    }
    return links;
  };
}
