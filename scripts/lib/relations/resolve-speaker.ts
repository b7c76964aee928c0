/**
 * Decides who a subject phrase names: an entity mention, a pronoun, a document noun
 * ("the report"), a generic organisation noun ("the department"), or a role noun
 * ("a spokeswoman", "the minister"). A phrase that names someone the article does not
 * identify ("the 37 academics", "one protester") is `blocked`: the quotation then has
 * no speaker rather than a guessed one.
 */
import type { LocalEntity, LocalRole } from '../types.ts';
import { type DocumentLink, resolveDocument } from './find-document-owners.ts';
import { DOCUMENT_NOUNS, HONORIFIC_RUN, isRoleHead } from './lexicon.ts';
import { type ParagraphView, mentionAt, mentionsIn, wordsIn } from './paragraph-view.ts';
import { type OrgDescriptor, isGenericOrgNoun, resolveGenericOrg } from './resolve-generic-org.ts';
import { type Salience, salient } from './salience.ts';
import type { Region } from './subject-regions.ts';

/** Who a phrase names: an entity, nobody the article identifies (`blocked`), or no phrase at all (`empty`). */
export type Resolution = LocalEntity | 'blocked' | 'empty';

/** Article-wide facts the resolver reads. */
export interface SpeakerContext {
  organisations: readonly LocalEntity[];
  people: readonly LocalEntity[];
  documents: readonly DocumentLink[];
  descriptors: readonly OrgDescriptor[];
  roles: readonly LocalRole[];
}

const PERSON_PRONOUNS = new Set(['he', 'she']);
const GROUP_WORDS = new Set(['they', 'we', 'i', 'you', 'one', 'someone', 'some', 'many', 'others', 'both', 'all', 'several', 'few', 'most']);
/** Bodies a text names generically without meaning the organisation it last talked about. */
const UNNAMED_BODIES = new Set(['government', 'court', 'party', 'police']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** Resolves the phrase in `region` of `view`. */
export function resolveRegion(view: ParagraphView, region: Region, ctx: SpeakerContext, salience: Salience): Resolution {
  const words = wordsIn(view, region.start, region.end);
  if (words.length === 0) return 'empty';
  const lower = words.map((w) => w.word.toLowerCase().replace(/['\u2019]s$/, ''));
  const mentions = mentionsIn(view, region.start, region.end);
  const first = lower[0]!;
  if (mentions.length === 0 && words.length <= 2) {
    if (PERSON_PRONOUNS.has(first)) return salient(salience, 'person') ?? 'blocked';
    if (first === 'it') return salient(salience, 'organisation') ?? 'blocked';
  }
  if (mentions.length === 0 && GROUP_WORDS.has(first)) return 'blocked';

  const head = lower.at(-1)!;
  // "A spokesman for the council, John Smith, said", "A spokesperson for Gov. Ann Lee, Tate Lind, said":
  // a role for someone, then the name in apposition: that person speaks.
  const lead = DETERMINERS.has(first) ? 1 : 0;
  if (isRoleHead(lower[lead] ?? '') && /^(?:for|of|at|to)$/.test(lower[lead + 1] ?? '')) {
    const appositive = apposedMention(view, region.end);
    if (appositive?.kind === 'person') return appositive;
  }
  const persons = mentions.filter((m) => m.entity.kind === 'person');
  // "The children's minister, Edward Timpson, said", "Dyche's captain, Seamus Coleman, said": the name in apposition.
  const roleHead = isRoleHead(head) && !mentions.some((m) => m.end === region.end);
  if (roleHead || (persons.length === 0 && isGenericOrgNoun(head))) {
    const appositive = apposedMention(view, region.end);
    if (appositive && (roleHead ? appositive.kind === 'person' : appositive.kind === 'organisation')) return appositive;
  }
  if (persons.length > 0) return persons[0]!.entity;
  // "the Labour leader said": the person known to hold that role there; an organisation speaks only through a spokesperson.
  if (roleHead && !head.startsWith('spokes')) return roleHolder(head, mentions[0]?.entity ?? null, ctx) ?? (mentions.length > 0 ? 'blocked' : byRole(head, ctx, salience, view.paragraph));
  if (mentions.length > 0) return mentions[0]!.entity;

  const docIndex = lower.findIndex((w, i) => DOCUMENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(`${w} ${lower[i + 1] ?? ''}`));
  if (docIndex >= 0 && lower.slice(0, docIndex).every((w, i) => DETERMINERS.has(w) || /^\p{Ll}/u.test(words[i]!.word))) {
    const two = `${lower[docIndex]} ${lower[docIndex + 1] ?? ''}`;
    const noun = DOCUMENT_NOUNS.has(two) ? two : lower[docIndex]!;
    return resolveDocument(ctx.documents, noun, view.paragraph, region.start) ?? 'blocked';
  }
  if (isGenericOrgNoun(head)) {
    const named = resolveGenericOrg(head, ctx.descriptors, ctx.organisations, view.paragraph, region.start);
    // Otherwise the organisation the text was last about ("The company said" after "Southern Water has been fined"),
    // but only for a bare noun: "the provincial government" is some other body.
    const bare = words.length <= 2 && (words.length === 1 || DETERMINERS.has(lower[0]!)) && !UNNAMED_BODIES.has(head);
    return named ?? (bare ? salience.org : null) ?? 'blocked';
  }
  const roleIndex = lower.findIndex((w) => isRoleHead(w));
  if (roleIndex >= 0) return byRole(lower[roleIndex]!, ctx, salience, view.paragraph);
  return 'blocked';
}

/** A mention in apposition right after a phrase: `, Name,` or `, Name said`. */
function apposedMention(view: ParagraphView, end: number): LocalEntity | null {
  const comma = /^\s*,\s*/.exec(view.masked.slice(end, end + 4));
  if (!comma) return null;
  const from = end + comma[0].length;
  const honorific = new RegExp(`^${HONORIFIC_RUN.source.replace(/\$$/, '')}`).exec(view.text.slice(from, from + 40))?.[0] ?? '';
  return mentionAt(view, from + honorific.length)?.entity ?? null;
}

/** "the minister said": the one person given that role in the article; "a spokeswoman said": the organisation in focus. */
function byRole(head: string, ctx: SpeakerContext, salience: Salience, paragraph: number): Resolution {
  const holder = roleHolder(head, null, ctx);
  if (holder) return holder;
  if (head.startsWith('spokes') && salience.org && paragraph - salience.orgParagraph <= 1) return salience.org;
  return 'blocked';
}

/** The one person whose stated title ends in `head` (at `organisation`, when given). */
function roleHolder(head: string, organisation: LocalEntity | null, ctx: SpeakerContext): LocalEntity | null {
  const holders = new Set(
    ctx.roles
      .filter((r) => r.title.toLowerCase().split(/\s+/).at(-1) === head && (organisation === null || r.organisation === organisation.name))
      .map((r) => r.person),
  );
  if (holders.size !== 1) return null;
  const name = [...holders][0]!;
  return ctx.people.find((p) => p.name === name) ?? null;
}
