/**
 * Sorts the paragraphs between the header and the comment thread into running body,
 * captions and dropped furniture.
 */
import { captionKey, isCaption } from './detect-caption.ts';
import { parseDateLine, type DateLine } from './find-date.ts';
import { markFurniture } from './strip-furniture.ts';

export type BodyRole = 'body' | 'caption' | 'drop';

/** Roles in paragraph order, and a labelled date line ("Published: …") found among them. */
export interface BodyClassification {
  roles: BodyRole[];
  dateLine: DateLine | null;
}

/**
 * Classifies body paragraphs.
 * @param paras the paragraphs, in order
 * @param repeats texts already used by the header (headline, standfirst); a repeat of one is dropped
 */
export function classifyBody(paras: { text: string; bullet: boolean }[], repeats: string[]): BodyClassification {
  const furniture = markFurniture(paras);
  const seen = new Set(repeats.map(captionKey));
  const keys = paras.map((p) => captionKey(p.text));
  let dateLine: DateLine | null = null;
  const roles = paras.map((para, i): BodyRole => {
    if (furniture[i] || keys[i] === '' || seen.has(keys[i]!)) return 'drop';
    const date = parseDateLine(para.text);
    if (date?.label) {
      dateLine ??= date;
      return 'drop';
    }
    // A caption is often printed twice (image alt text, then the caption itself): keep one.
    if (i > 0 && keys[i] === keys[i - 1] && !furniture[i - 1]) return 'drop';
    if (isCaption(para.text) || keys[i] === keys[i + 1]) return 'caption';
    return 'body';
  });
  return { roles, dateLine };
}
