/**
 * Joins hard-wrapped lines back into paragraphs. Works out whether the text was wrapped
 * at a fixed width (then a line break is a wrap when the next word would not have fit)
 * or written one paragraph per line (then every line is its own paragraph).
 */
import type { Block } from './split-blocks.ts';

/** One paragraph of the source text, still holding `<url>` link markers. */
export interface Para {
  /** Lines joined with single spaces (no space before closing punctuation). */
  text: string;
  /** The printed lines it was made from, trimmed. */
  lines: string[];
  /** Indentation of its first line. */
  indent: number;
  /** Index of the blank-line block it came from. */
  block: number;
  /** Starts with a bullet marker (•, -, *, ▪). */
  bullet: boolean;
}

const BULLET = /^[•·▪◦‣∙*\-–]\s+/u;
/** A numbered list item ("1. ", "2) "), whose wrapped lines hang under its text like a bullet's. */
const NUMBERED = /^\d{1,2}[.)]\s+/u;
const URL_ONLY = /^<(?:https?:\/\/|www\.|mailto:)[^<>\s]+>$/iu;
const CLOSING = /^[,.;:!?)\]}]/u;
/** A whole line that is only "by" and a capitalised name or two: "by Jane Doe", "by Ana de Souza and Li Wei". */
/** A participle that an agent may follow: "written", "funded", "led", "made". */
const AGENT_VERB = /(?:\p{L}{2,}ed|\b(?:written|taken|given|chosen|beaten|broken|spoken|driven|stolen|hidden|overtaken|undertaken|drawn|shown|known|grown|thrown|overseen|seen|led|made|paid|held|told|said|sent|built|run|set|hit|put|cut|shot|brought|bought|caught|taught|sought|fought))$/iu;
const BYLINE = /^by\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|&|de|van|von|da|di|del|la|le|al|bin)){1,6}\s*$/u;

/**
 * The wrap width when the text was hard-wrapped (most non-final lines of multi-line
 * blocks end close to one column), else null.
 */
export function detectWrapWidth(blocks: Block[]): number | null {
  const lengths: number[] = [];
  const all: number[] = [];
  for (const block of blocks) {
    for (const line of block.lines) if (!/<?https?:\/\//u.test(line.text)) all.push(line.indent + line.text.length);
    for (const line of block.lines.slice(0, -1)) {
      if (/<?https?:\/\//u.test(line.text) || BULLET.test(line.text)) continue;
      lengths.push(line.indent + line.text.length);
    }
  }
  if (lengths.length < 3) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor((sorted.length - 1) * 0.9)]!;
  const max = sorted[sorted.length - 1]!;
  const width = max - p90 > 10 ? p90 : max;
  if (width < 40 || width > 110) return null;
  const near = lengths.filter((n) => n >= width - 22 && n <= width).length;
  // Lines far past the supposed width mean the text was never wrapped there: a few short
  // header lines (byline over date line) only happen to end near one column.
  const overlong = all.filter((n) => n > width + 15).length;
  if (overlong > Math.max(2, lengths.length * 0.2)) return null;
  return near / lengths.length >= 0.6 ? width : null;
}

function firstWordLength(text: string): number {
  return /^\S+/u.exec(text)?.[0].length ?? 0;
}

function continues(prev: string, prevIndent: number, next: string, nextIndent: number, width: number | null, inBullet: boolean): boolean {
  if (BULLET.test(next)) return false;
  // After a link printed on its own line, the sentence carries on, often after a space the scraper
  // kept (" on Monday, will cut …"): no first-line indent.
  if (URL_ONLY.test(prev.trim()) && /^\p{Ll}|^[,;:.)]/u.test(next)) return true;
  // A first-line indent opens a paragraph; under a bullet it is the item's hanging indent.
  if (nextIndent > prevIndent && !inBullet) return false;
  if (URL_ONLY.test(prev.trim()) || /^<(?:https?:\/\/|www\.)/iu.test(next) || CLOSING.test(next)) return true;
  // A line that starts in lower case after one that does not end a sentence carries on the
  // same sentence, whatever the width ("… free overnight helpline for unpaid" / "carers").
  // A lower-case byline under a headline ("by Jane Doe") opens a line of its own, unless the
  // line before ends in a verb that takes an agent ("a report written" / "by Professor Alan Marsh").
  const byline = BYLINE.test(next) && !AGENT_VERB.test(prev);
  if (/^\p{Ll}/u.test(next) && !/[.!?:"”’]$/u.test(prev) && !byline) return true;
  if (width === null) return false;
  return prevIndent + prev.length + 1 + firstWordLength(next) > width - 2;
}

/** Joins two printed lines, keeping a hyphen that a wrapper broke after and never spacing before punctuation. */
export function joinLines(a: string, b: string): string {
  if (a === '') return b;
  if (CLOSING.test(b)) return a + b;
  if (/\p{L}-$/u.test(a) && /^\p{L}/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/**
 * Turns blocks into paragraphs.
 * @param blocks the text's blocks, in order
 */
export function unwrapLines(blocks: Block[]): Para[] {
  const width = detectWrapWidth(blocks);
  const paras: Para[] = [];
  blocks.forEach((block, blockIndex) => {
    let current: Para | null = null;
    let prevIndent = 0;
    let hanging = false;
    for (const line of block.lines) {
      if (current && continues(current.lines[current.lines.length - 1]!, prevIndent, line.text, line.indent, width, hanging)) {
        current.text = joinLines(current.text, line.text);
        current.lines.push(line.text);
      } else {
        current = { text: line.text, lines: [line.text], indent: line.indent, block: blockIndex, bullet: BULLET.test(line.text) };
        hanging = BULLET.test(line.text) || NUMBERED.test(line.text);
        paras.push(current);
      }
      prevIndent = line.indent;
    }
  });
  return paras;
}
