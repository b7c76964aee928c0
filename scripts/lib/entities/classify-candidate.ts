/**
 * Decides what one capitalised sequence is. Splits off titles ("Education Secretary
 * Michael Gove"), affiliations ("Ray Jones of Kingston University") and organisations
 * that run into a name, then weighs the name's shape against its context.
 */
import type { Candidate } from './find-name-candidates.ts';
import { classifyPhrase } from './classify-phrase.ts';
import { classifySingleWord } from './classify-single-word.ts';
import { isAuxiliaryOrGerund, isCommonWord, isDemonym, isFirstName, isFunctionWord, isKnownPlace, isLastName, isPersonNoun, lexiconTags } from './lexicon.ts';
import { hasPersonalNameShape } from './name-shapes.ts';
import { isPortfolioWord, orgHeadClass } from './org-patterns.ts';
import { endsCompoundHonorific, isTitleWord, looksLikeName, plausibleUnknownName, splitTitledName, type TitledName } from './person-patterns.ts';
import { inCreditLine } from './credit-lines.ts';
import { isCapitalsHeading } from './capitals-heading.ts';
import { datelinePlace } from './place-cues.ts';
import { nameOf, narrow, spanOf, withoutNicknames, type ClassifyContext, type Proposal } from './proposals.ts';
import { isAbbreviation, type Token } from './tokenize-segment.ts';
import { LEADING_ORG_HEADS, NAME_PARTICLES, ORG_HEADS } from './word-lists.ts';

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'upon']);
const POST_NOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'mla', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd']);

/** Classifies one candidate into zero or more proposals, in text order. */
export function classifyCandidate(c: Candidate, ctx: ClassifyContext): Proposal[] {
  if (c.tokens.length === 0 || c.tokens.some((t) => t.inTitleQuote) || datelinePlace(c) || inCreditLine(c) || isCapitalsHeading(c)) return [];
  return classifyRange(c, 0, c.tokens.length, c.tokens[0]?.initial === true, ctx);
}

/** Offices held over a whole body, so the body's name follows them ("President of the Family Division"). */
const HEAD_OFFICES = /^(?:president|governor|chair|chairman|chairwoman|chairperson|commissioner|secretary|chancellor|registrar|clerk|master|dean|provost|principal|rector|warden)$/i;

function classifyRange(c: Candidate, from: number, to: number, initial: boolean, ctx: ClassifyContext): Proposal[] {
  while (from < to && CONNECTORS.has(c.tokens[from]?.text ?? '')) from++;
  while (to > from && CONNECTORS.has(c.tokens[to - 1]?.text ?? '')) to--;
  // "Judge Patrick Field KC", "Jane Smith MP": letters after a name are not part of it.
  while (to - from > 2 && POST_NOMINALS.has((c.tokens[to - 1]?.text ?? '').toLowerCase())) to--;
  if (from >= to) return [];
  const sub = narrow(c, from, to);
  const words = sub.tokens.map((t) => t.text);
  const first = words[0] ?? '';
  // "Du Toit said", "De la Cruz added": a capitalised particle before a name opens a surname, not the sentence.
  const particle = NAME_PARTICLES.has(first.toLowerCase()) && to - from >= 2 && /^\p{Lu}/u.test(words.at(-1) ?? '');
  // ("An Bord Pleanála", "An Post": the Irish article opens a body's name.)
  const irishArticle = first === 'An' && LEADING_ORG_HEADS.has((words[1] ?? '').toLowerCase());
  if (initial && (isFunctionWord(first) || isAuxiliaryOrGerund(first)) && !isFirstName(first) && !ctx.known.has(first.toLowerCase()) && !particle && !irishArticle) {
    return classifyRange(c, from + 1, to, false, ctx);
  }
  // "Hydrologist Hong Zhang", "Resident Mel Tuckett": a sentence-opening descriptor is no part of the name after it.
  if (initial && to - from >= 3 && !irishArticle && !ctx.known.has(first.toLowerCase()) && opensWithDescriptor(sub.tokens, ctx)) {
    return classifyRange(c, from + 1, to, false, ctx);
  }
  // "Members of Wexcombe District Council", "Shares of Target": a sentence-opening plural and "of" come off.
  if (initial && words[1] === 'of' && to - from >= 3 && isOpeningPlural(first, ctx)) return classifyRange(c, from + 2, to, false, ctx);
  // "Rahul Gandhi's Congress party", "Biden's Justice Department": a person's possessive before a body's name.
  const owner = sub.tokens.findIndex((t, k) => k < words.length - 1 && t.possessive && t.fullEnd === t.end + 2);
  if (owner >= 0 && isOwnerName(sub.tokens.slice(0, owner + 1), ctx)) {
    return [...classifyRange(c, from, from + owner + 1, initial, ctx), ...classifyRange(c, from + owner + 1, to, false, ctx)];
  }
  if (initial) {
    const known = knownPrefix(words, ctx);
    // ("Kirkheaton St Mary's CC" is known whole, so its own short form "Kirkheaton" does not split it.)
    // (Known as its name, a run holding a quoted nickname is known without it: Bartholomew "Bart" Nwosu.)
    const whole = withoutNicknames(c.segmentText.slice(sub.tokens[0]?.start ?? 0, sub.tokens.at(-1)?.end ?? 0)).toLowerCase().replace(/\s+/g, ' ');
    if (known > 0 && known < words.length && !ctx.known.has(whole)) {
      return [...classifyRange(c, from, from + known, false, ctx), ...classifyRange(c, from + known, to, false, ctx)];
    }
  }
  // "Director of Children's Services", "Secretary of State Michael Gove": the title goes, the rest stays.
  const ofAt = words.findIndex((w) => w === 'of' || w === 'for');
  // ("Federal Minister for Power X", "Provincial Secretary of Health X": an adjective may open the title.)
  const titleWords = words.slice(0, ofAt);
  const titled = titleWords.every((w, k) => isTitleWord(w) || (k < ofAt - 1 && (isDemonym(w) || isCommonWord(w, ctx.articleWords)) && isTitleWord(titleWords.at(-1) ?? '')));
  // ("President of the Family Division", "Governor of the Bank of Ghana": an office over a body named in full.)
  const bodyAfterOffice = ofAt > 0 && HEAD_OFFICES.test(words[ofAt - 1] ?? '') && orgHeadClass(words.slice(ofAt + 1).filter((w) => w !== 'the')) !== null;
  if (ofAt > 0 && titled && (!orgHeadClass(words) || bodyAfterOffice)) {
    // "Member of Parliament for Odododiodio": the seat after the house is a constituency, no part of a body.
    const seat = /^members?$/i.test(words[ofAt - 1] ?? '') ? words.indexOf('for', ofAt + 1) : -1;
    return classifyRange(c, from + ofAt + 1 + portfolioLength(sub.tokens.slice(ofAt + 1), ctx), seat > 0 ? from + seat : to, false, ctx);
  }
  // ("Journal of Child Welfare Research": inside a journal's name an actor noun is no one's title.)
  const journal = orgHeadClass(words) === 'publication' && words.includes('of');
  const split = journal ? null : splitTitledName(sub.tokens, (run) => orgHeadClass(run.map((t) => t.text)) !== null);
  if (split) return [...prefixProposals(c, from, split, initial, ctx), personProposal(sub, split)];
  // "Ray Jones of Kingston University", "Sen. John Cornyn of Texas", "Numis Securities for Harrowgate".
  for (let m = 1; m < words.length - 1; m++) {
    if (words[m] !== 'of' && words[m] !== 'for') continue;
    const left = sub.tokens.slice(0, m);
    // "Simon Communities of Ireland": a name ending in an ordinary plural is a body, not a person.
    const leftLast = words[m - 1] ?? '';
    const nameEnd = !isCommonWord(leftLast, ctx.articleWords) || isLastName(leftLast);
    // "Thandiwe Ngubane-Ntuli of the Democratic Alliance": a name by its shape, before a body's name.
    const shaped = hasPersonalNameShape(left, ctx.articleWords) || (plausibleUnknownName(left, ctx.articleWords) && orgHeadClass(sub.tokens.slice(m + 1).filter((t) => !t.text.endsWith(')')).map((t) => t.text)) !== null);
    // ("Howard League for Penal Reform": a given name before a body's head names the body.)
    const bodyHead = orgHeadClass(words.slice(0, m)) !== null && !isLastName(leftLast);
    const person =
      (looksLikeName(left, false) && ((isFirstName(first) && nameEnd && !bodyHead) || shaped || ctx.known.get(words.slice(0, m).join(' ').toLowerCase()) === 'person')) ||
      splitTitledName(left, () => false) !== null;
    // "the Janata Dal of Nitish Kumar": a personal name after "of" belongs to nobody's title.
    const right = sub.tokens.slice(m + 1);
    // ("Howard League for Penal Reform": a cause in ordinary words after "for" is the body's own.)
    // (Not two bodies listed: "Campaign for Better Transport and Action for Children".)
    const cause = right.every((t) => (isCommonWord(t.text, ctx.articleWords) && /^\p{Lu}/u.test(t.text)) || /^(?:and|the|of)$/.test(t.text)) && !right.some((t, k) => t.text === 'and' && orgHeadClass(['X', right[k + 1]?.text ?? '']) !== null) && !right.some((t) => t.text === 'for');
    const preposition = words[m] === 'for' && m >= 2 && !ORG_HEADS.has((words[m - 1] ?? '').toLowerCase()) && !cause;
    const leftHead = ORG_HEADS.has((words[m - 1] ?? '').toLowerCase()) || orgHeadClass(words) === 'publication';
    const knownNameWord = isFirstName(right[0]?.text ?? '') || isLastName(right.at(-1)?.text ?? '');
    // "the Samajwadi Party of Akhilesh Yadav": after a body's head only a name of unknown, non-place words splits off.
    // ("School of Health Sciences": a field of study is no one's name, though the lexicon lacks its words.)
    const foreignName = right.every((t) => lexiconTags(t.text).length === 0 && !isCommonWord(t.text, ctx.articleWords) && !isAbbreviation(t) && !isPortfolioWord(t.text, ctx.articleWords));
    // "Ministry of Sustainability and the Environment": a listed portfolio is no one's name.
    const listed = / and /.test(c.segmentText.slice(right[0]?.start ?? 0, right.at(-1)?.end ?? 0));
    const personAfter = right.length >= 2 && !listed && looksLikeName(right, false) && (leftHead ? foreignName : knownNameWord);
    if (person || preposition || personAfter) {
      return [...classifyRange(c, from, from + m, initial, ctx), ...classifyRange(c, from + m + 1, to, false, ctx)];
    }
  }
  if (words.length === 1) return classifySingleWord(sub, initial, ctx);
  const found = classifyPhrase(sub, initial, ctx);
  if (found) return found;
  return initial ? classifyRange(c, from + 1, to, false, ctx) : [];
}

/**
 * True when the first of `tokens` only describes the name after it: a person noun
 * ("Hydrologist", "Promoter") before two or more capitalised words, or any ordinary
 * word before a name that opens with a known given name ("Resident Mel Tuckett").
 */
function opensWithDescriptor(tokens: readonly Token[], ctx: ClassifyContext): boolean {
  const word = tokens[0]?.text ?? '';
  const rest = tokens.slice(1);
  // "Centre Tom Ade finished the move": a player's position, though "X Centre" names places and bodies.
  if (/^(?:centre|center)$/i.test(word) && rest.length >= 2 && looksLikeName(rest, false) && !orgHeadClass(rest.map((t) => t.text))) {
    if (isFirstName(rest[0]?.text ?? '') || plausibleUnknownName(rest, ctx.articleWords)) return true;
  }
  if (isFirstName(word) || isLastName(word) || isKnownPlace(word) || isTitleWord(word) || orgHeadClass(['X', word])) return false;
  // "Australian Lachlan Hart-Doyle", "Retiree Tan Ah Kow": a demonym or person noun before a whole name.
  if ((isDemonym(word) || /[^e]ee$/.test(word)) && rest.length >= 2 && looksLikeName(rest, false) && !orgHeadClass(rest.map((t) => t.text))) return true;
  // (A word no dictionary knows before a body's head is the body's place: "Wearmoor County Council".)
  if (isPersonNoun(word)) return lexiconTags(word).length > 0 || !orgHeadClass(rest.map((t) => t.text));
  // "Housewife Tan Ah Kow": an ordinary noun before two or more words no dictionary knows.
  const unknownName = rest.length >= 2 && rest.every((t) => lexiconTags(t.text).length === 0 && !isCommonWord(t.text, ctx.articleWords)) && plausibleUnknownName(rest, ctx.articleWords);
  const noun = lexiconTags(word).some((t) => t === 'Singular' || t === 'Noun');
  return isCommonWord(word, ctx.articleWords) && looksLikeName(rest, false) && (isFirstName(rest[0]?.text ?? '') || (noun && unknownName && !orgHeadClass(rest.map((t) => t.text))));
}

/** "Members", "Shares", "Residents": an ordinary plural that only opens the sentence ("Friends of ..." names bodies). */
function isOpeningPlural(word: string, ctx: ClassifyContext): boolean {
  const lower = word.toLowerCase();
  return /[^s]s$/.test(lower) && lower !== 'friends' && isCommonWord(word, ctx.articleWords) && !orgHeadClass(['X', word]) && !isFirstName(word);
}

/** A possessive run that names a person: a full name, or a name the article already gave a person. */
function isOwnerName(tokens: readonly Token[], ctx: ClassifyContext): boolean {
  const words = tokens.map((t) => t.text);
  // "Holcomb County Sheriff's Office", "the Coroner's Court": an office-holder's title owns the body's name.
  if (isTitleWord(words.at(-1) ?? '') || /^(?:sheriff|coroner|attorney|auditor|registrar|mayor|governor|comptroller|ombudsman)$/i.test(words.at(-1) ?? '')) return false;
  // "St Hild's CE Academy", "St Thomas' Hospital": a saint's name is the body's own.
  if (/^(?:st\.?|saint|ss\.?|sts\.?)$/i.test(words[0] ?? '')) return false;
  if (ctx.known.get(words.join(' ').toLowerCase()) === 'person') return true;
  return tokens.length >= 2 && looksLikeName(tokens, false) && (isFirstName(words[0] ?? '') || plausibleUnknownName(tokens, ctx.articleWords)) && !orgHeadClass(words);
}

/** "Minister for Housing Darragh O'Brien": the portfolio words between a title and the name. */
function portfolioLength(tokens: readonly Token[], ctx: ClassifyContext): number {
  let k = 0;
  while (k < tokens.length && isCommonWord(tokens[k]?.text ?? '', ctx.articleWords) && !isFirstName(tokens[k]?.text ?? '')) k++;
  const rest = tokens.slice(k);
  return k > 0 && rest.length >= 2 && looksLikeName(rest, false) && !orgHeadClass(rest.map((t) => t.text)) ? k : 0;
}

/** Length of the longest run at the start of `words` that names an entity already found. */
function knownPrefix(words: readonly string[], ctx: ClassifyContext): number {
  for (let k = words.length; k > 0; k--) {
    if (ctx.known.has(words.slice(0, k).join(' ').toLowerCase())) return k;
  }
  return 0;
}

/** Whatever stood before a name: an organisation ("Pfizer spokeswoman"), a party, or only a title. */
function prefixProposals(c: Candidate, from: number, split: TitledName, initial: boolean, ctx: ClassifyContext): Proposal[] {
  let keep = split.prefix.length;
  for (;;) {
    if (keep > 1 && endsCompoundHonorific(split.prefix, keep - 1)) keep -= 2;
    else if (keep > 0 && isTitleWord(split.prefix[keep - 1]?.text ?? '')) keep--;
    else break;
  }
  // "Former President Donald Trump", "Acting Chief Constable": an adjective before a title names nothing.
  if (keep === 1 && lexiconTags(split.prefix[0]?.text ?? '').some((t) => t === 'Adjective' || t === 'Adverb')) return [];
  return keep > 0 ? classifyRange(c, from, from + keep, initial, ctx) : [];
}

function personProposal(c: Candidate, split: TitledName): Proposal {
  const first = split.name[0] as Token;
  const last = split.name.at(-1) as Token;
  const honorificToken = split.honorific ? split.prefix.at(-1) : undefined;
  const span = spanOf(c, honorificToken ?? first, last);
  if (split.name.length === 1) {
    return { kind: 'short', form: first.text, honorific: split.honorific, orgCue: false, placeLike: false, initial: false, ...span };
  }
  return { kind: 'person', name: nameOf(c, first, last), honorific: split.honorific, ...span };
}
