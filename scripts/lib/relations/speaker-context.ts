/**
 * Gathers the article-wide facts speaker resolution needs: who wrote which document,
 * which generic nouns stand for which organisation, and the roles stated in the text.
 */
import type { LocalEntity, LocalRole } from '../types.ts';
import { findDocumentLinks } from './find-document-owners.ts';
import type { ParagraphView } from './paragraph-view.ts';
import { findOrgDescriptors } from './resolve-generic-org.ts';
import { type SpeakerContext, resolveRegion } from './resolve-speaker.ts';
import { NO_SALIENCE, type Salience } from './salience.ts';
import type { SentenceRange } from './split-sentences.ts';
import { clauseSubjectRegion } from './subject-regions.ts';

/** Builds the context for one article's body views. */
export function buildSpeakerContext(views: readonly ParagraphView[], entities: readonly LocalEntity[], roles: readonly LocalRole[]): SpeakerContext {
  const base: SpeakerContext = {
    organisations: entities.filter((e) => e.kind === 'organisation'),
    people: entities.filter((e) => e.kind === 'person'),
    documents: [],
    descriptors: findOrgDescriptors(views),
    roles,
  };
  // Document links are found with a resolver that knows no documents yet, so they never depend on each other.
  const documents = findDocumentLinks(views, (view, sentence) => {
    const subject = sentenceSubject(view, sentence, base, NO_SALIENCE);
    return subject === 'blocked' || subject === 'empty' ? null : subject;
  });
  return { ...base, documents };
}

/** What the sentence's main-clause subject names. */
export function sentenceSubject(view: ParagraphView, sentence: SentenceRange, ctx: SpeakerContext, salience: Salience) {
  const region = clauseSubjectRegion(view, sentence);
  return region ? resolveRegion(view, region, ctx, salience) : 'empty';
}
