/**
 * Ties document nouns (report, response, letter …) to whoever wrote them, so that
 * "the report states" can be attributed: "the ADCS response", "The report, which was
 * produced by consultancy firm X", "a review from X", "X has published a response",
 * "In its response …, the department said".
 */
import type { LocalEntity } from '../types.ts';
import { DOCUMENT_NOUNS, SPEECH_VERBS, TITLE_STOPS } from './lexicon.ts';
import type { ParagraphView } from './paragraph-view.ts';
import type { SentenceRange } from './split-sentences.ts';

/** A document noun and the entity that wrote it, at the place the link is stated. */
export interface DocumentLink {
  noun: string;
  entity: LocalEntity;
  paragraph: number;
  position: number;
}

/** Resolves a sentence's subject to an entity (supplied by the caller, to keep this module free of speaker rules). */
export type SubjectOf = (view: ParagraphView, sentence: SentenceRange) => LocalEntity | null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOUNS = [...DOCUMENT_NOUNS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A document noun as a whole word. */
export const DOCUMENT_NOUN = new RegExp(`\\b(${NOUNS})\\b`, 'gi');
// The gap allows a title or apposition between noun and verb: `A report titled "…" was released this week by X`.
const AUTHORED_BY =
  /^[^.;:]{0,150}?\b(?:(?:was|were|is|are|has been|had been|have been|being)\s+)?(?:[a-z]+ly\s+)?(?:produced|published|written|prepared|compiled|issued|released|authored|carried out|conducted|drawn up|put together|undertaken|led|sent|submitted)\s+(?:[\w-]+\s+){0,3}?by\s+/i;
const FROM_BY = /^\s+(?:by|from)\s+/i;
const ISSUED = /\b(?:issu|publish|releas|produc|submitt?|sen[dt]|wr[io]te?|written|prepar|lodg|fil|deliver|put out)\w*\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}$/i;
const POSSESSIVE = /\b(its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;

/** Every stated link between a document noun and its author, in text order. */
export function findDocumentLinks(views: readonly ParagraphView[], subjectOf: SubjectOf): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const view of views) {
    for (const sentence of view.sentences) {
      const text = view.masked.slice(sentence.start, sentence.end);
      let subject: LocalEntity | null | undefined;
      for (const m of text.matchAll(DOCUMENT_NOUN)) {
        const nounStart = sentence.start + m.index;
        const nounEnd = nounStart + m[0].length;
        const noun = m[0].toLowerCase();
        const before = view.masked.slice(sentence.start, nounStart);
        let entity = premodifier(view, nounStart) ?? authoredBy(view, nounEnd, sentence.end);
        if (!entity && (ISSUED.test(before) || POSSESSIVE.test(before))) {
          subject ??= subjectOf(view, sentence);
          const pronoun = POSSESSIVE.exec(before)?.[1]?.toLowerCase();
          const fits = !pronoun || pronoun === 'their' || (pronoun === 'its') === (subject?.kind === 'organisation');
          if (subject && fits) entity = subject;
        }
        if (entity) links.push({ noun, entity, paragraph: view.paragraph, position: nounStart });
      }
    }
  }
  return links;
}

/** The author of `noun` at a place: the nearest earlier link for that noun, else the first later one, else the only author of its kind. */
export function resolveDocument(links: readonly DocumentLink[], noun: string, paragraph: number, position: number): LocalEntity | null {
  const key = noun.toLowerCase();
  const same = links.filter((l) => l.noun === key);
  const isBefore = (l: DocumentLink) => l.paragraph < paragraph || (l.paragraph === paragraph && l.position <= position);
  const before = same.filter(isBefore);
  const chosen = before.at(-1) ?? same.find((l) => !isBefore(l));
  if (chosen) return chosen.entity;
  const kind = DOCUMENT_NOUNS.get(key);
  const owners = new Set(links.filter((l) => DOCUMENT_NOUNS.get(l.noun) === kind).map((l) => l.entity));
  return owners.size === 1 ? [...owners][0]! : null;
}

/** `the ADCS response`, `Ofsted's annual report`: an entity right before the noun, with at most two plain modifiers. */
function premodifier(view: ParagraphView, nounStart: number): LocalEntity | null {
  for (const m of view.mentions) {
    if (m.end > nounStart || nounStart - m.end > 40) continue;
    const gap = view.masked.slice(m.end, nounStart);
    const g = /^(?:['\u2019]s?)?\s+((?:[a-z][\w-]*\s+){0,2})$/.exec(gap);
    if (!g) continue;
    const modifiers = (g[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (modifiers.every((w) => !TITLE_STOPS.has(w) && !SPEECH_VERBS.has(w))) return m.entity;
  }
  return null;
}

/** `The review, which was carried out by the X`, `a report from X`. */
function authoredBy(view: ParagraphView, nounEnd: number, sentenceEnd: number): LocalEntity | null {
  const after = view.masked.slice(nounEnd, sentenceEnd);
  const by = AUTHORED_BY.exec(after) ?? FROM_BY.exec(after);
  if (!by) return null;
  const from = nounEnd + by[0].length;
  const next = view.mentions.find((m) => m.start >= from && m.start - from <= 40);
  if (!next || /[,;.]/.test(view.masked.slice(from, next.start))) return null;
  return next.entity;
}
