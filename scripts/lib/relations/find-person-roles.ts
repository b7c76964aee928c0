/**
 * Finds the role phrase written next to one person mention:
 * after it in apposition ("Kathy Evans, chief executive of Children England,"),
 * before it as a pre-modifier ("Education Secretary Justine Greening", "Children
 * England's chief executive Kathy Evans", "Professor Ray Jones, of Kingston University"),
 * or before it in apposition ("The children's minister, Edward Timpson,").
 */
import { HONORIFIC_RUN, OFFICE_HONORIFICS, TITLE_PARTICIPLES, TITLE_STOPS, isRoleHead } from './lexicon.ts';
import type { MentionRef, ParagraphView } from './paragraph-view.ts';
import { type TitleParse, type Token, parseTitle, tokensIn } from './parse-title.ts';
import type { SentenceRange } from './split-sentences.ts';
import { isPersonNoun } from '../entities/lexicon.ts';

/** A role phrase found for a mention, and which pattern found it. */
export interface RoleMatch extends TitleParse {
  pattern: 'after' | 'before' | 'apposed-before';
}

const PLAIN_HONORIFICS = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|baroness|the)$/i;
const AFTER_CUT = /(?:^|\s)(?:who|which|whose|and|but|said|says|told|added|has|have|had|is|was|will|would|where|when|since|until)\b|[,;()\u2014\u2013]|\.(?:\s|$)/;
const SKIP_AFTER = /^(?:\s*\([^)]*\))?\s*,\s*(?:(?:[DRI]-[A-Z][\w.-]*|aged\s+\d+|\d{1,3})\s*,\s*)?/;
const WHO_IS = /^who\s+(?:(?:is|was|has\s+been|had\s+been)(?:\s+(?:appointed|named|made|elected)(?:\s+as)?)?|became|becomes|remains|served\s+as|serves\s+as)\s+/i;
/** "who chairs the board", "who founded Acme": a verb that says which post the person holds. */
const WHO_HOLDS = /^who\s+(?:now\s+|currently\s+|also\s+|later\s+)?(chairs|chaired|runs|ran|leads|led|heads|headed|founded|co-founded|directs|directed|manages|managed|owns|owned|edits|edited|coaches|coached)\s+/i;
/** The post each of those verbs names; a past tense is a former post, except founding. */
const HELD_POST: Readonly<Record<string, string>> = {
  chairs: 'chair', chaired: 'former chair', runs: 'head', ran: 'former head', leads: 'leader', led: 'former leader',
  heads: 'head', headed: 'former head', founded: 'founder', 'co-founded': 'co-founder', directs: 'director',
  directed: 'former director', manages: 'manager', managed: 'former manager', owns: 'owner', owned: 'former owner',
  edits: 'editor', edited: 'former editor', coaches: 'coach', coached: 'former coach',
};
const OF_ORG = /^\s*,?\s*(?:of|at|from)\s+(?:the\s+)?/;
const MAX_BACK_TOKENS = 10;
/** Family ties an apposition may state ("the wife of …", "a mother of three"). */
const KIN = new Set(['wife', 'husband', 'partner', 'widow', 'widower', 'mother', 'father', 'parent', 'son', 'daughter', 'sister', 'brother', 'grandmother', 'grandfather', 'grandparent', 'granddaughter', 'grandson', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'stepfather', 'stepmother', 'fiancé', 'fiancée', 'mum', 'dad', 'grandma', 'grandad']);
const CONNECTOR_WORDS = new Set(['from', 'in', 'at', 'for', 'with', 'who', 'whose', 'which', 'on', 'near', 'after', 'before']);

/** Role phrases next to a person mention, in pattern order. */
export function findPersonRoles(view: ParagraphView, mention: MentionRef, sentence: SentenceRange): RoleMatch[] {
  const out: RoleMatch[] = [];
  for (const after of rolesAfter(view, mention, sentence)) out.push({ ...after, pattern: 'after' });
  for (const before of rolesBefore(view, mention, sentence)) out.push({ ...before, pattern: before.apposed ? 'apposed-before' : 'before' });
  return out;
}

function rolesAfter(view: ParagraphView, mention: MentionRef, sentence: SentenceRange): TitleParse[] {
  const rest = view.masked.slice(mention.end, sentence.end);
  const skip = SKIP_AFTER.exec(rest);
  if (!skip) return [];
  let from = mention.end + skip[0].length;
  const held = heldPost(view, from, sentence.end);
  if (held) return [held];
  const who = WHO_IS.exec(view.masked.slice(from, sentence.end));
  if (who) from += who[0].length;
  const first = phraseAt(view, from, sentence.end);
  const parsed = parseTitle(view, tokensIn(view, from, first.end));
  if (!parsed) {
    const described = describedAs(view.masked.slice(from, first.end));
    return described ? [described] : [];
  }
  if (parsed.organisation !== null || !/^\s+and\s/.test(view.masked.slice(first.end, first.end + 6))) return [parsed];
  // "co-founder and CEO of Lumora": both titles are held at the organisation named after the second.
  const secondFrom = first.end + /^\s+and\s+/.exec(view.masked.slice(first.end))![0].length;
  const second = parseTitle(view, tokensIn(view, secondFrom, phraseAt(view, secondFrom, sentence.end).end));
  if (!second || second.organisation === null) return [parsed];
  return [{ ...parsed, organisation: second.organisation }, second];
}

/** "…, who chairs the LGA's housing board": the post the verb names, at the organisation that follows it. */
function heldPost(view: ParagraphView, from: number, limit: number): TitleParse | null {
  const verb = WHO_HOLDS.exec(view.masked.slice(from, limit));
  if (!verb) return null;
  // Only an organisation the text names, right after the verb ("the", "a" and a number word aside), is held:
  // "who runs a bakery" or "who led the review" say too little.
  const at = from + verb[0].length;
  const object = /^(?:(?:the|a|an)\s+)?(?:[\d,.-]+[\p{L}-]*\s+)?/iu.exec(view.masked.slice(at, limit))![0];
  const org = view.mentions.find((m) => m.start === at + object.length && m.entity.kind === 'organisation');
  if (!org) return null;
  const post = HELD_POST[verb[1]!.toLowerCase()]!;
  // "the LGA's children and young people board": a unit of the organisation, named in plain words.
  const tail = view.masked.slice(org.end, limit);
  const unit = /^['\u2019]s\s+([\p{Ll}\s'\u2019-]+?)(?=$|[,;.()\u2014\u2013]|\s(?:since|until|where|when|said|says|who|which)\b)/u.exec(tail)?.[1]?.trim();
  const title = unit && unit.split(/\s+/).length <= 6 ? `${post} of the ${view.text.slice(org.start, org.end + 2)} ${unit}` : post;
  return { title, organisation: org.entity, owner: null };
}

/**
 * "…, a retired postman,", "…, a mother of three,", "…, the wife of the club's chairman,": what an
 * apposition says the person is when it names no job the title parser knows. An indefinite
 * article and a noun for a kind of person, or a definite one and a family tie.
 */
function describedAs(phrase: string): TitleParse | null {
  const m = /^(a|an|the)\s+(.+)$/iu.exec(phrase.trim());
  if (!m) return null;
  const words = m[2]!.split(/\s+/u);
  const head = words.findIndex((w, i) => i < 4 && (KIN.has(w.toLowerCase()) || (m[1]!.toLowerCase() !== 'the' && (isPersonNoun(w) || isRoleHead(w) || /\p{Ll}{3}(?:man|woman|person|keeper)$/u.test(w)))));
  if (head < 0) return null;
  // Words before the noun describe it ("retired", "single", "long-serving"), never name or count anything.
  if (!words.slice(0, head + 1).every((w) => /^\p{Ll}[\p{Ll}'\u2019-]*$/u.test(w))) return null;
  if (m[1]!.toLowerCase() === 'the' && !KIN.has(words[head]!.toLowerCase())) return null;
  let end = head + 1;
  // "mother of three", "wife of the trust's chairman": the tie and whom it is to, briefly.
  if (words[end]?.toLowerCase() === 'of') {
    const complement = words.slice(end + 1, end + 5);
    const stop = complement.findIndex((w) => CONNECTOR_WORDS.has(w.toLowerCase()));
    const taken = stop < 0 ? complement : complement.slice(0, stop);
    if (taken.length > 0) end += 1 + taken.length;
  }
  if (end - head > 5 || words.length - end > 4) return null;
  return { title: words.slice(0, end).join(' '), organisation: null, owner: null };
}

/** The role phrase starting at `from`: up to a clause boundary, never cutting through a mention. */
function phraseAt(view: ParagraphView, from: number, limit: number): { end: number } {
  const phrase = view.masked.slice(from, limit);
  const cut = AFTER_CUT.exec(phrase);
  const end = from + (cut ? cut.index : phrase.length);
  // Organisation names may hold commas ("University of California, Riverside"): extend over a mention that straddles the cut.
  const straddle = view.mentions.find((m) => m.start < end && m.end > end);
  return { end: straddle ? straddle.end : end };
}

function rolesBefore(view: ParagraphView, mention: MentionRef, sentence: SentenceRange): (TitleParse & { apposed: boolean })[] {
  const out: (TitleParse & { apposed: boolean })[] = [];
  // Offices written as honorifics, in the mention ("Sen. Maria Delgado") or right before it ("Cllr Amy Hart").
  const own = /^(\S+)\s+/.exec(view.text.slice(mention.start, mention.end));
  const run = HONORIFIC_RUN.exec(view.text.slice(Math.max(sentence.start, mention.start - 40), mention.start))?.[0] ?? '';
  const carried = own && mention.entity.name.indexOf(own[1]!) !== 0 ? own[1]! : '';
  const office = [...`${run} ${carried}`.matchAll(/[\p{L}.]+/gu)].map((m) => m[0].toLowerCase()).find((w) => OFFICE_HONORIFICS.has(w) || OFFICE_HONORIFICS.has(`${w}.`));
  const longer = office ? longerOffice(view, sentence, mention, run) : [];
  if (longer.length > 0) {
    const parsed = parseTitle(view, longer);
    if (parsed) return [{ ...parsed, apposed: false }];
  }
  if (office) {
    const title = OFFICE_HONORIFICS.get(office) ?? OFFICE_HONORIFICS.get(`${office}.`)!;
    const role = withOrganisationAfter(view, mention, { title, organisation: null, owner: null, apposed: false }, title !== 'professor');
    if (role) out.push(role);
  }
  let pos = mention.start - run.length;
  let apposed = false;
  const comma = /,\s*$/.exec(view.masked.slice(sentence.start, pos));
  if (comma) {
    apposed = true;
    pos -= comma[0].length;
  }
  const tokens = walkBack(view, sentence, pos);
  if (tokens.length === 0) return out;
  // "Speaking to the health secretary, Jane Smith said" is no apposition: the title must open its clause or be possessed.
  const startsClause = !/[\p{L}\p{N}]/u.test(view.masked.slice(sentence.start, tokens[0]!.start).replace(/^.*[,;:]\s*/s, '').replace(/\b(?:the|a|an)\s*$/i, ''));
  const possessed = /^(?:its|their|his|her|our)$/i.test(tokens[0]!.text) || /^['\u2019]/.test(view.text.slice(tokens[0]!.end, tokens[0]!.end + 1));
  if (apposed && !startsClause && !possessed) return out;
  const parsed = parseTitle(view, tokens);
  if (!parsed) return out;
  const plain = parsed.organisation === null && parsed.owner === null && !apposed;
  const role = plain ? withOrganisationAfter(view, mention, { ...parsed, apposed }, true) : { ...parsed, apposed };
  if (role) out.push(role);
  return out;
}

/** "Salford City Mayor Paul Dennett", "former President Barack Obama": an office word written out inside a longer title. */
function longerOffice(view: ParagraphView, sentence: SentenceRange, mention: MentionRef, run: string): Token[] {
  const plain = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?\s+)*$/.exec(run)?.[0] ?? '';
  const officeWord = run.slice(0, run.length - plain.length).trim().split(/\s+/).at(-1) ?? '';
  // Abbreviated offices ("California Gov. Gavin Newsom") stand alone and are spelt out instead.
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(officeWord)) return [];
  const tokens = walkBack(view, sentence, mention.start - plain.length);
  return tokens.length >= 2 ? tokens : [];
}

/** "Professor Ray Jones, of Kingston University": an office held at the organisation named right after. */
function withOrganisationAfter<T extends TitleParse>(view: ParagraphView, mention: MentionRef, parsed: T, bareOk: boolean): T | null {
  const of = OF_ORG.exec(view.masked.slice(mention.end, mention.end + 12));
  const org = of ? view.mentions.find((m) => m.start === mention.end + of[0].length && m.entity.kind === 'organisation') : undefined;
  if (org) return { ...parsed, organisation: org.entity };
  // An academic honorific alone says too little to be worth a role; a political office needs no organisation.
  return bareOk ? parsed : null;
}

/** Tokens of a pre-modifier, read backwards from `pos` until a stop word or punctuation. */
function walkBack(view: ParagraphView, sentence: SentenceRange, pos: number): Token[] {
  const all = tokensIn(view, sentence.start, pos);
  const out: Token[] = [];
  for (let i = all.length - 1; i >= 0 && out.length < MAX_BACK_TOKENS; i--) {
    const t = all[i]!;
    const gapEnd = out[0]?.start ?? pos;
    let gap = view.masked.slice(t.end, gapEnd).replace(/[[\]]/g, '');
    if (isAbbreviatedTitle(t.text)) gap = gap.replace(/^\./, '');
    if (/[,;:.!?"\u201C\u201D()]/.test(gap)) break;
    if (t.kind === 'entity') {
      // A person's possessive ("Dyche's captain") ends the pre-modifier but belongs to it.
      const possessive = /^['\u2019]/.test(view.text.slice(t.end, t.end + 1));
      if (t.entity.kind === 'person' && !possessive) break;
      out.unshift(t);
      if (t.entity.kind === 'person') break;
      continue;
    }
    const lower = t.text.toLowerCase().replace(/['\u2019]s$/, '');
    const beforeOrg = out[0]?.kind === 'entity' || (out[0]?.text.toLowerCase() === 'the' && out[1]?.kind === 'entity');
    if ((lower === 'the' && out[0]?.kind === 'entity') || (lower === 'of' && beforeOrg)) {
      out.unshift(t);
      continue;
    }
    if (lower === 'its' || lower === 'their' || lower === 'his' || lower === 'her' || lower === 'our') {
      out.unshift(t);
      break;
    }
    // "Minister for Housing Darragh O'Brien": a connector inside a capitalised title.
    const inTitle = (lower === 'for' || lower === 'of') && /^\p{Lu}/u.test(out[0]?.text ?? '') && /^\p{Lu}/u.test(all[i - 1]?.text ?? '') && isRoleHead(all[i - 1]!.text);
    if (!inTitle && (TITLE_STOPS.has(lower) || lower === 'of')) break;
    // "housing spokesman" is a title; "appointed chief executive" is not.
    const nounModifier = /ing$/.test(lower) && out[0]?.kind === 'word' && isRoleHead(out[0].text);
    if (/^\p{Ll}/u.test(t.text) && /(?:ed|ing)$/.test(lower) && !TITLE_PARTICIPLES.has(lower) && !nounModifier) break;
    out.unshift(t);
  }
  return out;
}

function isAbbreviatedTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return OFFICE_HONORIFICS.has(`${lower}.`) || PLAIN_HONORIFICS.test(lower);
}
