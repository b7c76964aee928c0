/**
 * In-article coreference: groups full-name proposals into entities, then attaches
 * short forms ("Jones", "Mr Timpson", "DfE", "Rovers") to them.
 *
 * A bare surname shared by two people goes to the one mentioned most recently before it
 * (journalists use the bare surname for whoever they were just writing about); if neither
 * has been mentioned yet it is attached to nobody, never guessed.
 */
import type { LocalEntity } from '../types.ts';
import { displayName, finishDrafts, mergeDraft, nameKey, newDraft, type Draft } from './entity-drafts.ts';
import { matchesInitials } from './find-acronyms.ts';
import { isCommonWord, isFirstName, isLastName } from './lexicon.ts';
import { legalCore, orgHeadClass, orgShortForms } from './org-patterns.ts';
import { personShortForms } from './person-patterns.ts';
import type { OrgProposal, PersonProposal, Proposal, ShortProposal } from './proposals.ts';
import { NAME_PARTICLES } from './word-lists.ts';

/** Bodies often named after a person, whose name stays the person's too. */
const NAMED_FOR_PEOPLE = /^(?:foundation|trust|fund|memorial|appeal|prize|awards?|lecture|scholarship|institute|centre|center|school|academy|college|hospital|hospice|house|library|museum|society|charity|campaign)$/i;

// "Madam Rosnah" for Rosnah Sulaiman: Malaysian and Singaporean usage puts the title before the given name.
const GIVEN_NAME_HONORIFICS = new Set(['sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'madam', 'mdm', 'encik', 'cik', 'sheikh', 'datuk', 'dato', 'datin', 'tun', 'tunku', 'tengku', 'sri', 'seri']);

/**
 * Builds the article's entities from its proposals.
 * @param bylineNames byline authors' names as printed
 * @param articleWords lower-case words the article writes in lower case
 * @param segmentText the text of a paragraph by number
 */
export function resolveShortForms(
  proposals: readonly Proposal[],
  bylineNames: readonly string[],
  articleWords: ReadonlySet<string>,
  segmentText: (paragraph: number) => string,
): LocalEntity[] {
  const ordered = [...proposals].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  const people = groupPeople(ordered.filter((p): p is PersonProposal => p.kind === 'person'), bylineNames);
  const orgs = groupOrganisations(ordered.filter((p): p is OrgProposal => p.kind === 'organisation'), articleWords);
  const shorts = ordered.filter((p): p is ShortProposal => p.kind === 'short');
  // (Chantelle "Chaz" Devereaux-Mills: the quoted nickname is hers, like her surname.)
  const person = formIndex(people, (d) => [...personShortForms(displayName(d)).surnames, ...nicknamesOf(d)]);
  const given = formIndex(people, (d) => {
    const g = personShortForms(displayName(d)).given;
    return g ? [g] : [];
  });
  // "Mr Chua" for Gerald Chua Kok Leong, "Mr Faizal" for Muhammad Faizal Abdul Rahman: in a name of three or more
  // words the family or called name may be any of them, so after an honorific any word names its one bearer.
  const inner = formIndex(people, (d) => {
    const words = displayName(d).toLowerCase().split(' ').filter((w) => !NAME_PARTICLES.has(w));
    return words.length >= 3 ? words : [];
  });
  const org = formIndex(orgs, (d) => [...orgShortForms(displayName(d), d.head, articleWords), ...(d.acronym ? [d.acronym.toLowerCase()] : [])]);
  // "Labour MPs" after "Labour said": a short form may repeat a body's whole name (places excepted, see resolveShort).
  const orgName = formIndex(orgs, (d) => d.names.map(plainKey));

  // Forms nothing else claims become entities of their own when some occurrence says what they are.
  // Relatives named by a given name ("his son Calum") go first, so "Calum said" later finds a person.
  for (const s of [...shorts.filter((x) => x.personCue), ...shorts.filter((x) => !x.personCue)]) {
    const form = s.form.toLowerCase();
    // ("his children, Iain, Catriona and Ruaridh": a relative named by a given name is no namesake's short form.)
    if (person.has(form) || org.has(form) || orgName.has(plainKey(s.form)) || (given.has(form) && !s.initial && !s.personCue) || (s.honorific && inner.get(form)?.length === 1)) continue;
    if (s.honorific || s.personCue) add(person, [form], people, newDraft('person', s.form));
    else if (s.orgCue && !s.placeLike) add(org, [form, ...orgShortForms(s.form, null, articleWords)], orgs, newDraft('organisation', s.form));
  }

  const byMention = new Map<Proposal, Draft>();
  for (const d of [...people, ...orgs]) for (const m of d.mentions) byMention.set(m as Proposal, d);
  ordered.forEach((p, order) => {
    const draft = p.kind === 'short' ? resolveShort(p, order, person, given, org, articleWords, orgName, inner) : byMention.get(p);
    if (!draft) return;
    draft.lastSeen = order;
    if (p.kind !== 'short') return;
    draft.mentions.push({ paragraph: p.paragraph, start: p.start, end: p.end, text: p.text });
    if (p.honorific && draft.kind === 'person') draft.honorific ??= p.honorific;
  });
  return finishDrafts([...people.filter((d) => !foldedIntoFirm(d, orgs)), ...orgs], segmentText);
}

/**
 * "Tŷ Hafod confirmed the sale" after "Tŷ Hafod Care Ltd": a name the article gives a firm
 * in full, read on its own as a person's, is the firm's short name. Only when no courtesy
 * title, byline or known given and family name makes it a person's ("John Lewis" stays one).
 * Moves the mentions to the firm and returns true.
 */
function foldedIntoFirm(d: Draft, orgs: readonly Draft[]): boolean {
  const name = displayName(d);
  const words = name.split(' ');
  if (d.honorific || d.byline || (isFirstName(words[0] ?? '') && isLastName(words.at(-1) ?? ''))) return false;
  // (A foundation, trust, school or prize named after a person is no reason to doubt the person.)
  const firm = orgs.find((o) => {
    const full = displayName(o);
    if (!full.startsWith(`${name} `)) return false;
    const fullWords = full.split(' ');
    return orgHeadClass(fullWords) !== null && !NAMED_FOR_PEOPLE.test(fullWords.at(-1) ?? '');
  });
  if (!firm) return false;
  firm.mentions.push(...d.mentions);
  return true;
}

function resolveShort(s: ShortProposal, order: number, person: FormIndex, given: FormIndex, org: FormIndex, articleWords: ReadonlySet<string>, orgName: FormIndex, inner: FormIndex): Draft | undefined {
  const form = s.form.toLowerCase();
  if (!s.placeLike) {
    const byName = person.get(form);
    if (byName) return pick(byName, order);
    const honorific = (s.honorific ?? '').toLowerCase();
    const givenOk = s.honorific ? GIVEN_NAME_HONORIFICS.has(honorific) : !(s.initial && isCommonWord(s.form, articleWords));
    const byGiven = given.get(form);
    if (byGiven && givenOk && byGiven.length === 1) return byGiven[0];
    const byWord = s.honorific ? inner.get(form) : undefined;
    if (byWord?.length === 1) return byWord[0];
  }
  // A place ("Kent") stays a place even where the article also names a body by it.
  const byOrg = org.get(form) ?? (s.placeLike ? undefined : orgName.get(plainKey(s.form)));
  return byOrg ? pick(byOrg, order) : undefined;
}

/** The only candidate, or the one mentioned most recently before `order`; none if none was. */
function pick(drafts: readonly Draft[], order: number): Draft | undefined {
  if (drafts.length === 1) return drafts[0];
  const seen = drafts.filter((d) => d.lastSeen >= 0 && d.lastSeen < order);
  return seen.sort((a, b) => b.lastSeen - a.lastSeen)[0];
}

type FormIndex = Map<string, Draft[]>;

/** A cheap lookup key for whole names (nameKey folds accents, which is slow for every name of every body). */
function plainKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '');
}

function formIndex(drafts: readonly Draft[], forms: (d: Draft) => string[]): FormIndex {
  const index: FormIndex = new Map();
  for (const d of drafts) for (const f of new Set(forms(d))) index.set(f, [...(index.get(f) ?? []), d]);
  return index;
}

function add(index: FormIndex, forms: readonly string[], drafts: Draft[], draft: Draft): void {
  drafts.push(draft);
  for (const form of forms) if (!index.has(form)) index.set(form, [draft]);
}

/** One draft per full name; a name that is the tail of exactly one longer name joins it ("Ó Súilleabháin"). */
function groupPeople(proposals: readonly PersonProposal[], bylineNames: readonly string[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const p of proposals) {
    const key = nameKey(p.name);
    const draft = byKey.get(key) ?? newDraft('person', p.name);
    if (!byKey.has(key)) byKey.set(key, draft);
    draft.names.push(p.name);
    draft.mentions.push(p);
    draft.honorific ??= p.honorific;
  }
  for (const name of bylineNames) {
    const key = nameKey(name);
    const draft = byKey.get(key) ?? newDraft('person', name);
    draft.byline = true;
    byKey.set(key, draft);
  }
  // "J-P du Toit" is "Jean-Pierre du Toit": initials for the given name, the same family name.
  for (const [key, draft] of [...byKey]) {
    const [given = '', ...rest] = key.split(' ');
    if (!/^\p{L}\.?-\p{L}\.?$/u.test(given) || rest.length === 0) continue;
    const full = onlyMatch(byKey, (k) => k !== key && k.endsWith(` ${rest.join(' ')}`) && initialsOf(k.slice(0, k.length - rest.join(' ').length - 1)) === given.replace(/\./g, ''));
    if (!full) continue;
    mergeDraft(full, draft);
    byKey.delete(key);
  }
  for (const [key, draft] of [...byKey].sort((a, b) => a[0].length - b[0].length)) {
    // "Khairul Anuar" for Khairul Anuar Mokhtar: Malay and Arabic usage calls a person by the given names that open the name.
    const longer = onlyMatch(byKey, (k) => k !== key && (k.endsWith(` ${key}`) || sameEnds(k, key) || givenNamesOf(k, key)));
    if (!longer) continue;
    mergeDraft(longer, draft);
    byKey.delete(key);
  }
  return [...byKey.values()];
}

/** The one draft whose key passes `test`; undefined when none or several do (it runs for every pair, so no arrays). */
function onlyMatch(byKey: ReadonlyMap<string, Draft>, test: (key: string, draft: Draft) => boolean): Draft | undefined {
  let found: Draft | undefined;
  for (const [key, draft] of byKey) {
    if (!test(key, draft)) continue;
    if (found) return undefined;
    found = draft;
  }
  return found;
}

/** "jean-pierre" -> "j-p": the initials of a hyphenated given name. */
function initialsOf(given: string): string {
  return given.includes(' ') ? '' : given.split('-').map((part) => part.slice(0, 1)).join('-');
}

/** "Khairul Anuar" opening "Khairul Anuar Mokhtar": two or more words that open a name of at least one more word. */
function givenNamesOf(longer: string, shorter: string): boolean {
  return shorter.includes(' ') && longer.startsWith(`${shorter} `);
}

/** "John F. Kennedy" and "John Kennedy": same first and last word, one has middle names. */
function sameEnds(longer: string, shorter: string): boolean {
  // Cheap checks first: this runs for every pair of names in the article.
  if (longer.length <= shorter.length || !shorter.includes(' ')) return false;
  const a = longer.split(' ');
  const b = shorter.split(' ');
  return a.length > b.length && a[0] === b[0] && a.at(-1) === b.at(-1);
}

/** One draft per organisation: same name, a name that is another's short form, or an acronym of it. */
function groupOrganisations(proposals: readonly OrgProposal[], articleWords: ReadonlySet<string>): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const p of proposals.filter((q) => q.acronym === null || q.name !== q.acronym)) {
    const key = nameKey(p.name);
    const draft = byKey.get(key) ?? newDraft('organisation', p.name, p.head);
    if (!byKey.has(key)) byKey.set(key, draft);
    draft.names.push(p.name);
    draft.mentions.push(p);
    draft.acronym ??= p.acronym;
  }
  // Each draft's short forms are computed once: this loop looks at every pair of names.
  const formsOf = new Map<Draft, readonly string[]>();
  // (Keyed like the names, accents folded: "Tŷ Newydd Homes" is a short form of "Tŷ Newydd Homes Cyf".)
  const forms = (d: Draft): readonly string[] => formsOf.get(d) ?? formsOf.set(d, orgShortForms(displayName(d), d.head, articleWords).map(nameKey)).get(d) ?? [];
  // Longest first, so "Halden Foods" joins "Halden Foods plc" before "Halden" looks for its owner.
  for (const [key, draft] of [...byKey].sort((a, b) => b[0].length - a[0].length)) {
    const owner = onlyMatch(byKey, (k, d) => k !== key && forms(d).includes(key));
    if (!owner) continue;
    mergeDraft(owner, draft);
    byKey.delete(key);
  }
  // "Congress" after "Indian National Congress", "Parliament" after "Scottish Parliament".
  for (const [key, draft] of [...byKey]) {
    if (key.includes(' ') || draft.acronym) continue;
    const owner = onlyMatch(byKey, (k) => k.endsWith(` ${key}`));
    if (!owner) continue;
    mergeDraft(owner, draft);
    byKey.delete(key);
  }
  const drafts = [...byKey.values()];
  const split = new Map<string, string[]>();
  const wordsOf = (name: string): string[] => split.get(name) ?? split.set(name, initialsWords(name)).get(name) ?? [];
  const bare = proposals.filter((q) => q.acronym !== null && q.name === q.acronym);
  const cued = new Set(bare.filter((q) => q.cued).map((q) => q.acronym));
  for (const p of bare) {
    const acronym = p.acronym as string;
    // "BHP" after "BHP Group": the acronym is the company's short form, not a new body.
    const owner =
      drafts.find((d) => d.acronym === acronym) ??
      drafts.find((d) => d.names.some((n) => matchesInitials(acronym, wordsOf(n)))) ??
      drafts.find((d) => legalCore(displayName(d)) === acronym);
    const draft = owner ?? drafts.find((d) => nameKey(displayName(d)) === nameKey(acronym)) ?? (cued.has(acronym) ? newDraft('organisation', acronym) : null);
    if (!draft) continue;
    if (!drafts.includes(draft)) drafts.push(draft);
    draft.acronym ??= acronym;
    draft.mentions.push(p);
  }
  return drafts;
}

/** Words of a name for initials matching: possessives and commas removed. */
function initialsWords(name: string): string[] {
  return name.replace(/[’']s\b/g, '').replace(/,/g, ' ').split(/\s+/).filter(Boolean);
}

/** Quoted nicknames inside a person's mentions: Bartholomew "Bart" Nwosu -> "bart". */
function nicknamesOf(d: Draft): string[] {
  return d.mentions.flatMap((m) => [...m.text.matchAll(/\s["“‘']([^"“”‘’']{2,30})["”’']\s/gu)].map((x) => x[1]!.toLowerCase()));
}
