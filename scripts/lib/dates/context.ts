/**
 * Small views on the text around a match: the sentence it sits in and the neighbouring
 * words.
 */

/** Start and end offsets of the sentence holding `index`. */
export function sentenceBounds(text: string, index: number): { start: number; end: number } {
  let start = 0;
  const boundary = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])/g;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text))) {
    const end = match.index + match[0].length;
    if (end > index) return { start, end: match.index + 1 };
    if (!isAbbreviation(text, match.index)) start = end;
  }
  return { start, end: text.length };
}

const ABBREVIATIONS = /\b(Mr|Mrs|Ms|Dr|Prof|St|No|Sen|Rep|Gov|Lt|Col|Gen|Jr|Sr|Inc|Ltd|Co|vs|etc|i\.e|e\.g|[A-Z])$/;

function isAbbreviation(text: string, dot: number): boolean {
  return ABBREVIATIONS.test(text.slice(Math.max(0, dot - 6), dot));
}

/** The word (letters, digits, apostrophes, hyphens) just before `index`, with what separates them. */
export function wordBefore(text: string, index: number): { word: string; gap: string } {
  const match = /([\p{L}\p{N}'’-]+)([^\p{L}\p{N}]*)$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? { word: match[1] ?? '', gap: match[2] ?? '' } : { word: '', gap: '' };
}

/** The word just after `index`, with what separates them. */
export function wordAfter(text: string, index: number): { word: string; gap: string } {
  const match = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40));
  return match ? { word: match[2] ?? '', gap: match[1] ?? '' } : { word: '', gap: '' };
}

/** True when the word before `index` starts its sentence (or there is none). */
export function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s"'“‘(\[–—-]+$/u, '');
  return before === '' || /[.!?:;]["'”’)]?$/.test(before) || /[|•]$/.test(before);
}
