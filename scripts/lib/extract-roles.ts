/**
 * Finds the roles and affiliations an article states for its people: job titles written
 * next to a name (in apposition or as a pre-modifier), with the organisation named with
 * them, or pointed at ("its chair", "the union's general secretary"), or, for a bare title
 * right after a sentence about an organisation, that organisation.
 */
import { findPersonRoles, type RoleMatch } from './relations/find-person-roles.ts';
import { buildParagraphViews, type ParagraphView } from './relations/paragraph-view.ts';
import { resolveGenericOrg } from './relations/resolve-generic-org.ts';
import type { Resolution, SpeakerContext } from './relations/resolve-speaker.ts';
import { NO_SALIENCE, type Salience, salient, withSentence } from './relations/salience.ts';
import { buildSpeakerContext, sentenceSubject } from './relations/speaker-context.ts';
import type { ArticleText, LocalEntity, LocalRole, SegmentKind } from './types.ts';

const ROLE_KINDS: ReadonlySet<SegmentKind> = new Set(['body', 'standfirst', 'caption']);
/** Titles that are held inside an organisation, so a bare one may borrow the organisation just talked about. */
const ORGANISATION_TITLES = new Set(['director', 'executive', 'chief', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'manager', 'officer', 'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'treasurer', 'trustee', 'coordinator', 'secretary', 'leader']);

/** Extracts the roles stated for people in `article`, one per person, title and organisation. */
export function extractRoles(article: ArticleText, entities: LocalEntity[]): LocalRole[] {
  const views = buildParagraphViews(article.segments.filter((s) => ROLE_KINDS.has(s.kind)), entities, 'keep');
  const ctx = buildSpeakerContext(views, entities, []);
  const roles: LocalRole[] = [];
  let salience: Salience = NO_SALIENCE;
  let previous: Resolution = 'empty';
  for (const view of views) {
    for (const sentence of view.sentences) {
      const subject = sentenceSubject(view, sentence, ctx, salience);
      const people = view.mentions.filter((m) => m.entity.kind === 'person' && m.start >= sentence.start && m.end <= sentence.end);
      for (const mention of people) {
        for (const match of findPersonRoles(view, mention, sentence)) {
          const borrowed = subject === mention.entity && match.pattern === 'after' && isEntity(previous) && previous.kind === 'organisation' ? previous : null;
          const found = organisationOf(match, view, mention.start, ctx, salience);
          const organisation = found ?? (holdsInside(match.title) ? borrowed?.name ?? null : null);
          const title = found === null && match.fallbackTitle ? match.fallbackTitle : match.title;
          roles.push({ person: mention.entity.name, title, organisation, paragraph: view.paragraph });
        }
      }
      salience = withSentence(salience, isEntity(subject) ? subject : null, view, sentence);
      previous = subject;
    }
  }
  const authors = entities.filter((x) => x.byline && x.kind === 'person');
  for (const e of authors) {
    const paragraphs = e.mentions.map((m) => m.paragraph);
    const paragraph = paragraphs.length > 0 ? Math.min(...paragraphs) : 0;
    roles.push({ person: e.name, title: 'author', organisation: null, paragraph });
    // A job printed on a byline of two names would be a guess about which one holds it.
    if (article.authorRole && authors.length === 1) roles.push({ person: e.name, title: article.authorRole, organisation: null, paragraph });
  }
  return tidy(roles);
}

function isEntity(r: Resolution): r is LocalEntity {
  return r !== 'blocked' && r !== 'empty';
}

function holdsInside(title: string): boolean {
  return title.toLowerCase().split(/\s+/).some((w) => ORGANISATION_TITLES.has(w)) && /^\p{Ll}/u.test(title);
}

/** The organisation's entity name when the text names or points at one, else the text as written, else null. */
function organisationOf(match: RoleMatch, view: ParagraphView, position: number, ctx: SpeakerContext, salience: Salience): string | null {
  const org = match.organisation;
  if (org && typeof org !== 'string') return org.kind === 'organisation' ? org.name : null;
  if (typeof org === 'string') return knownName(org, ctx.organisations) ?? org;
  if (match.owner === 'its') return salient(salience, 'organisation')?.name ?? null;
  if (match.owner) return (resolveGenericOrg(match.owner, ctx.descriptors, ctx.organisations, view.paragraph, position) ?? salience.org)?.name ?? null;
  return null;
}

/** An organisation entity written `text` (name, acronym or any mention), case and a leading "the" aside. */
function knownName(text: string, organisations: readonly LocalEntity[]): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  const key = norm(text);
  const hit = organisations.find((o) => norm(o.name) === key || (o.acronym !== null && norm(o.acronym) === key) || o.mentions.some((m) => norm(m.text) === key));
  return hit?.name ?? null;
}

/** One role per person, title and organisation; a title inside a longer one for the same person is dropped. */
function tidy(roles: LocalRole[]): LocalRole[] {
  const unique = new Map<string, LocalRole>();
  for (const r of roles) {
    const key = `${r.person}\u0000${r.title.toLowerCase()}\u0000${r.organisation ?? ''}`;
    if (!unique.has(key)) unique.set(key, r);
  }
  const list = [...unique.values()];
  const kept = list.filter(
    (r) =>
      !list.some(
        (o) =>
          o !== r &&
          o.person === r.person &&
          (r.organisation === null || o.organisation === r.organisation) &&
          (o.title.toLowerCase() === r.title.toLowerCase() ? r.organisation === null && o.organisation !== null : o.title.toLowerCase().includes(r.title.toLowerCase())),
      ),
  );
  return kept.sort((a, b) => a.paragraph - b.paragraph || compare(a.person, b.person) || compare(a.title, b.title));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
