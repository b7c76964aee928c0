/**
 * Puts the parts found by the header, body and comment passes back into document order
 * as numbered paragraph slots, and collects the leftover (non-article) lines.
 */
import type { BodyRole } from './classify-body.ts';
import type { Header } from './detect-header.ts';
import type { CommentThread } from './parse-comments.ts';

/** Kinds of paragraphs in the tree. */
export type ParagraphKind = 'standfirst' | 'body' | 'caption' | 'comment-meta' | 'comment';

/** One future paragraph: its kind, its text (link markers kept) and its comment index. */
export interface Slot {
  kind: ParagraphKind;
  text: string;
  comment?: number;
}

/** Everything the passes decided about the paragraphs. */
export interface Decisions {
  header: Header;
  /** Roles of the paragraphs from `header.bodyStart` up to the thread (or the end). */
  roles: BodyRole[];
  thread: CommentThread | null;
}

/**
 * Orders the paragraphs.
 * @param texts paragraph texts with link markers
 * @param shapes the same texts without markers, used for the leftovers
 * @returns the slots in order, and the texts of paragraphs that are in none (byline, date line, furniture)
 */
export function orderParagraphs(texts: string[], shapes: string[], { header, roles, thread }: Decisions): { slots: Slot[]; leftovers: string[] } {
  const slots: Slot[] = [];
  const leftovers: string[] = [];
  const commentAt = new Map<number, { index: number; meta: boolean }>();
  thread?.comments.forEach((c, index) => {
    commentAt.set(c.meta, { index, meta: true });
    for (const p of c.paras) commentAt.set(p, { index, meta: false });
  });
  const bodyEnd = header.bodyStart + roles.length;
  texts.forEach((text, i) => {
    const role = i >= header.bodyStart && i < bodyEnd ? roles[i - header.bodyStart]! : 'drop';
    const inThread = commentAt.get(i);
    if (i === header.standfirst) slots.push({ kind: 'standfirst', text });
    else if (header.captions.includes(i)) slots.push({ kind: 'caption', text });
    else if (role !== 'drop') slots.push({ kind: role, text });
    else if (inThread && thread) {
      const c = thread.comments[inThread.index]!;
      if (inThread.meta) slots.push({ kind: 'comment-meta', text: c.dateText ? `${c.author} — ${c.dateText}` : c.author, comment: inThread.index });
      else slots.push({ kind: 'comment', text, comment: inThread.index });
    } else if (i !== header.titleAt) leftovers.push(shapes[i]!);
  });
  return { slots, leftovers };
}
