/**
 * Who the text is about at a point: the last person and organisation that were a
 * sentence's subject or a quotation's speaker, and anyone named since, for pronouns
 * ("he added", "it says") and bare nouns ("the company said").
 */
import type { LocalEntity } from '../types.ts';
import type { ParagraphView } from './paragraph-view.ts';
import type { SentenceRange } from './split-sentences.ts';

export interface Salience {
  /** Last person that was a subject or speaker. */
  person: LocalEntity | null;
  /** Last organisation that was a subject or speaker. */
  org: LocalEntity | null;
  /** Paragraph where `org` was last a subject or speaker. */
  orgParagraph: number;
  /** A person named (not as subject) in a sentence after `person` was last a subject. */
  namedPerson: LocalEntity | null;
  /** An organisation named (not as subject) after `org` was last a subject. */
  namedOrg: LocalEntity | null;
}

/** A record that knows nobody yet. */
export const NO_SALIENCE: Salience = { person: null, org: null, orgParagraph: Number.NEGATIVE_INFINITY, namedPerson: null, namedOrg: null };

/** The entity `he`/`she` (`person`) or `it` (`organisation`) most likely stands for. */
export function salient(salience: Salience, kind: LocalEntity['kind']): LocalEntity | null {
  return kind === 'person' ? salience.namedPerson ?? salience.person : salience.namedOrg ?? salience.org;
}

/** After a quotation: its speaker is in focus. */
export function withSpeaker(salience: Salience, speaker: LocalEntity, paragraph: number): Salience {
  return speaker.kind === 'person'
    ? { ...salience, person: speaker, namedPerson: null }
    : { ...salience, org: speaker, orgParagraph: paragraph, namedOrg: null };
}

/**
 * After a sentence: its subject is in focus; otherwise the last person or organisation it
 * names ("The decision was criticised by Jane Smith. 'It is a disgrace,' she said.").
 */
export function withSentence(salience: Salience, subject: LocalEntity | null, view: ParagraphView, sentence: SentenceRange): Salience {
  let next = subject ? withSpeaker(salience, subject, view.paragraph) : salience;
  const named = view.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.entity !== subject);
  const lastPerson = named.filter((m) => m.entity.kind === 'person').at(-1);
  const lastOrg = named.filter((m) => m.entity.kind === 'organisation').at(-1);
  if (lastPerson && subject?.kind !== 'person') next = { ...next, namedPerson: lastPerson.entity };
  if (lastOrg && subject?.kind !== 'organisation') next = { ...next, namedOrg: lastOrg.entity };
  return next;
}
