/**
 * Per-article people and organisation extraction: capitalised sequences are found,
 * classified by name shape and context, then short forms and acronyms are resolved to
 * the article's full names. Pure, and fast enough for 100k articles (no full NLP parse).
 * @see scripts/lib/entities/ for the rules, one module each
 */
import type { ArticleText, EntityKind, LocalEntity, Segment } from './types.ts';
import { bylineNames } from './entities/byline-names.ts';
import { classifyCandidate } from './entities/classify-candidate.ts';
import { commentHandle } from './entities/comment-handles.ts';
import { fileBracketNames } from './entities/bracket-names.ts';
import { findAcronymDefinitions, findLowerCaseDefinitions, type AcronymDefinition } from './entities/find-acronyms.ts';
import { findNameCandidates, type Candidate } from './entities/find-name-candidates.ts';
import { foldWord, isFunctionWord, lexiconTags } from './entities/lexicon.ts';
import { modifiesNextNoun } from './entities/context-cues.ts';
import { orgHeadClass, orgShortForms } from './entities/org-patterns.ts';
import { personShortForms } from './entities/person-patterns.ts';
import type { ClassifyContext, OrgProposal, PersonProposal, Proposal } from './entities/proposals.ts';
import { resolveShortForms } from './entities/resolve-short-forms.ts';
import { tokenizeSegment } from './entities/tokenize-segment.ts';
import { NON_ENTITY_WORDS } from './entities/word-lists.ts';

/** Extracts the people and organisations of one article, sorted by kind, then name. */
export function extractEntities(article: ArticleText): LocalEntity[] {
  const segments = article.segments.filter((s) => s.kind !== 'header');
  const articleWords = lowerCaseWords(article);
  const authors = bylineNames(article.author);
  const tokens = segments.map((s) => tokenizeSegment(s.text));
  const candidates = segments.flatMap((s, i) => findNameCandidates(s, articleWords, tokens[i]));
  const allDefinitions = segments.flatMap((s, i) => (s.text.includes('(') ? definitionProposals(s, findAcronymDefinitions(s.text, tokens[i] ?? [])) : []));
  // "Digital Markets Act (DMA)": the acronym names a law or scheme, so it is no organisation anywhere in the article.
  // ("Commission for Communications Regulation (ComReg)" names a body by its head, whatever its last word.)
  const notBodies = new Set(allDefinitions.filter((d) => NON_ENTITY_WORDS.has(lastWord(d.name)) && !orgHeadClass(d.name.split(/\s+/))).map((d) => d.acronym));
  // "delayed transfers of care (DToC)": an acronym spelled out in lower case is a measure or scheme's.
  for (const acronym of segments.flatMap((s, i) => (s.text.includes('(') ? findLowerCaseDefinitions(s.text, tokens[i] ?? []) : []))) notBodies.add(acronym);
  const definitions = allDefinitions.filter((d) => !notBodies.has(d.acronym));
  const base: ClassifyContext = {
    articleWords,
    bylineNames: new Set(authors.map(foldWord)),
    known: new Map(),
    standalone: new Set(candidates.filter((c) => c.tokens.length === 1).map((c) => c.tokens[0]?.text.toLowerCase() ?? '')),
    recurring: recurringProperNouns(candidates, articleWords),
    forceOrg: false,
    forcePerson: false,
  };
  // Pass 1 finds the names that stand on their own; pass 2 reads sentence-initial words against them.
  const first = candidates.map((c) => classifyCandidate(c, base));
  const ctx = { ...base, known: knownForms([...first.flat(), ...definitions], articleWords) };
  // Only sentence-initial runs, single words, possessives and "X of Y" runs read the known names; the rest keep their first answer.
  // So do runs the article names as a body elsewhere ("showed Aer Lingus was"), whatever pass 1 made of them.
  // "Al Hammadi said" after "Captain Yousef Al Hammadi": a run the article names as a person's surname reads the known names too.
  const knownRun = (c: Candidate): boolean => ctx.known.has(c.tokens.map((t) => t.text).join(' ').toLowerCase());
  const readsKnown = (c: Candidate): boolean =>
    c.tokens.length === 1 || c.tokens[0]?.initial === true || c.tokens.at(-1)?.possessive === true || c.tokens.some((t) => t.text === 'of' || t.text === 'for') || knownRun(c);
  const second = propagateLists(candidates, candidates.map((c, i) => (readsKnown(c) ? classifyCandidate(c, ctx) : (first[i] ?? []))), ctx);
  // "fished the Hākuri" after "Hākuri River": a river's or lake's bare name stays a place.
  const features = featureNames(candidates);
  // ("NightNurse_NW": a commenter's handle is the commenter, whatever its parts look like.)
  const handles = segments.flatMap((s) => commentHandle(s) ?? []);
  // (By paragraph: a thread of thousands of comments would otherwise cost proposals × handles.)
  const handleIn = new Map(handles.map((h) => [h.paragraph, h]));
  const proposals = [
    ...second
      .flat()
      .filter((p) => !allDefinitions.some((d) => overlaps(p, d)) && !(handleIn.has(p.paragraph) && overlaps(p, handleIn.get(p.paragraph)!)) && !notBodies.has(p.text))
      .map((p) => (p.kind === 'short' && features.has(p.form.toLowerCase()) ? { ...p, orgCue: false, placeLike: true } : p)),
    ...definitions,
    ...handles,
    ...article.segments.filter((s) => s.kind === 'header').flatMap((s) => bylineMentions(s, authors)),
  ];
  const textOf = new Map(article.segments.map((s) => [s.paragraph, s.text]));
  const text = (p: number) => textOf.get(p) ?? '';
  return resolveShortForms(fileBracketNames(proposals, text), authors, articleWords, text);
}

const ORDINARY_TAGS = new Set(['Adjective', 'Adverb', 'Comparative', 'Superlative', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Demonym', 'Date', 'Month', 'WeekDay', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'City', 'Region', 'Country']);
const PLACE_BEFORE = /\b(?:in|at|from|to|into|near|outside|inside|across|around|through|throughout|via|towards|of|between|off)\s+(?:the\s+)?$/i;

/** One-word capitalised names used three times or more and mostly not as places (see ClassifyContext.recurring). */
function recurringProperNouns(candidates: readonly Candidate[], articleWords: ReadonlySet<string>): Set<string> {
  const seen = new Map<string, { count: number; inside: number; places: number }>();
  for (const c of candidates) {
    const token = c.tokens[0];
    if (c.tokens.length !== 1 || !token) continue;
    const word = token.text.toLowerCase();
    const entry = seen.get(word) ?? { count: 0, inside: 0, places: 0 };
    entry.count += 1;
    if (!token.initial && !modifiesNextNoun(c)) entry.inside += 1;
    if (PLACE_BEFORE.test(c.segmentText.slice(Math.max(0, token.start - 24), token.start))) entry.places += 1;
    seen.set(word, entry);
  }
  const ordinary = (w: string): boolean => articleWords.has(w) || isFunctionWord(w) || lexiconTags(w).some((t) => ORDINARY_TAGS.has(t));
  return new Set([...seen].filter(([w, e]) => e.count >= 3 && e.inside >= 2 && e.places * 3 <= e.count && !ordinary(w)).map(([w]) => w));
}

const FEATURE_HEADS = /^(?:river|lake|loch|lough|mount|mt|creek|stream|burn|glen|bay|estuary|falls)$/i;
const FEATURE_NOUNS = /^(?:river|drain|canal|lagoon|creek|stream|estuary|delta|basin|reservoir|floodplain|catchment|valley|wetlands?)$/;

/** Names the article gives a river, lake or mountain ("Hākuri River", "Loch Ewe", "Mount Taranaki", "the Odaw drain"), lower case. */
function featureNames(candidates: readonly Candidate[]): Set<string> {
  const names = new Set<string>();
  for (const c of candidates) {
    const [a, b] = c.tokens.map((t) => t.text);
    // "the Odaw drain", "the Mersey estuary": a lower-case feature noun after one capitalised word.
    const noun = c.tokens.length === 1 ? /^\s+(\p{Ll}+)/u.exec(c.segmentText.slice(c.tokens[0]?.fullEnd ?? 0, (c.tokens[0]?.fullEnd ?? 0) + 20))?.[1] : undefined;
    if (a && noun && FEATURE_NOUNS.test(noun) && !c.tokens[0]?.possessive) names.add(a.toLowerCase());
    if (c.tokens.length !== 2 || !a || !b) continue;
    if (FEATURE_HEADS.test(b) && !FEATURE_HEADS.test(a)) names.add(a.toLowerCase());
    else if (FEATURE_HEADS.test(a) && !FEATURE_HEADS.test(b)) names.add(b.toLowerCase());
  }
  return names;
}

/** The byline names as printed in the header line ("By Joe Lepper · 19 May 2014"); nothing else is read there. */
function bylineMentions(header: Segment, authors: readonly string[]): PersonProposal[] {
  return authors.flatMap((name) => {
    const start = header.text.indexOf(name);
    if (start < 0) return [];
    return [{ kind: 'person' as const, name, honorific: null, paragraph: header.paragraph, start, end: start + name.length, text: name }];
  });
}

/** Words the article writes in lower case (title included), so a capitalised one at a sentence start reads as ordinary. */
function lowerCaseWords(article: ArticleText): Set<string> {
  const texts = [article.title ?? '', ...article.segments.map((s: Segment) => s.text)];
  const words = new Set<string>();
  for (const text of texts) {
    const prose = /\/\/|www\.|@|\.(?:com|org|net|uk|io)\b/.test(text) ? text.replace(/\S*(?:\/\/|www\.|@)\S*|\S+\.(?:com|org|net|uk|io)\S*/g, ' ') : text;
    for (const m of prose.matchAll(/(?<![\p{L}’'])\p{Ll}[\p{L}’'-]*/gu)) words.add(m[0].replace(/[’']s$/, ''));
  }
  return words;
}

/** Members of a list ("G4S, Serco, Virgin Healthcare and Atos") share the kind of the ones that are known, when all known ones agree. */
function propagateLists(candidates: readonly Candidate[], results: Proposal[][], ctx: ClassifyContext): Proposal[][] {
  // List ids are per segment, so a list is a (paragraph, id) pair.
  const listKey = (c: Candidate): string => `${c.paragraph}:${c.list}`;
  const lists = new Set(candidates.filter((c) => c.list >= 0).map(listKey));
  const out = [...results];
  for (const list of lists) {
    const members = candidates.flatMap((c, i) => (c.list >= 0 && listKey(c) === list ? [i] : []));
    const kinds = new Set(members.flatMap((i) => (results[i] ?? []).map((p) => (p.kind === 'short' ? (p.orgCue ? 'organisation' : null) : p.kind))));
    if (kinds.has('organisation') === kinds.has('person')) continue;
    const force = kinds.has('organisation') ? { forceOrg: true } : { forcePerson: true };
    // "Coldplay and Dua Lipa": a member the article names as the other kind elsewhere keeps its kind.
    const other = force.forceOrg ? 'person' : 'organisation';
    const name = (c: Candidate): string => c.tokens.map((t) => t.text).join(' ').toLowerCase();
    for (const i of members) if (ctx.known.get(name(candidates[i] as Candidate)) !== other) out[i] = classifyCandidate(candidates[i] as Candidate, { ...ctx, ...force });
  }
  return out;
}

/** The full name and the acronym of each definition in a segment, as organisation proposals. */
function definitionProposals(segment: Segment, definitions: readonly AcronymDefinition[]): OrgProposal[] {
  const proposal = (name: string, acronym: string, start: number, end: number): OrgProposal => ({
    kind: 'organisation', name, head: null, acronym, cued: true, paragraph: segment.paragraph, start, end, text: segment.text.slice(start, end),
  });
  return definitions.flatMap((d) => [proposal(d.name, d.acronym, d.nameStart, d.nameEnd), proposal(d.acronym, d.acronym, d.acronymStart, d.acronymEnd)]);
}

/** Lower-case forms every proposal can be referred to by: full names and their short forms. */
function knownForms(proposals: readonly Proposal[], articleWords: ReadonlySet<string>): Map<string, EntityKind> {
  const known = new Map<string, EntityKind>();
  // A phrase read as an organisation somewhere ("Calder Vale, which") is not a person elsewhere ("Calder Vale's managers").
  // ("Du Toit said it would" after "Jean-Pierre du Toit": the tail of a full personal name stays the person's.)
  const tails = new Set(proposals.flatMap((p) => (p.kind === 'person' ? personShortForms(p.name).surnames.filter((f) => f.includes(' ')) : [])));
  const orgNames = new Set(proposals.flatMap((p) => (p.kind === 'organisation' && !tails.has(p.name.toLowerCase()) ? [p.name.toLowerCase()] : [])));
  // "Falcon Crest currently flies" after "Falcon Crest Airways": a body's short form of two or more words is no person.
  const orgShort = new Set(proposals.flatMap((p) => (p.kind === 'organisation' ? orgShortForms(p.name, p.head, articleWords).filter((f) => f.includes(' ') && !tails.has(f)) : [])));
  for (const p of proposals) {
    if (p.kind === 'person') {
      if (orgNames.has(p.name.toLowerCase()) || orgShort.has(p.name.toLowerCase())) continue;
      const forms = personShortForms(p.name);
      for (const f of [p.name.toLowerCase(), ...forms.surnames, ...(forms.given ? [forms.given] : [])]) if (!orgNames.has(f)) known.set(f, 'person');
    } else if (p.kind === 'organisation') {
      for (const f of [p.name.toLowerCase().replace(/^the /, '').replace(/\.$/, ''), ...orgShortForms(p.name, p.head, articleWords), ...(p.acronym ? [p.acronym.toLowerCase()] : [])]) {
        if (!known.has(f)) known.set(f, 'organisation');
      }
    }
  }
  return known;
}

function lastWord(name: string): string {
  return (name.split(/\s+/).at(-1) ?? '').toLowerCase();
}

function overlaps(a: Proposal, b: Proposal): boolean {
  return a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
}
