/**
 * Word-class look-ups backed by compromise's built-in lexicon (first names, places,
 * known organisations, parts of speech). Only the lexicon is used, never a full parse:
 * a parse costs ~25 ms per article, a look-up a few hundred nanoseconds.
 */
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

const LEXICON: Lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['Place', 'City', 'Region', 'Country']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Negative',
  'Condition', 'Possessive', 'Reflexive', 'Copula', 'Modal', 'Date', 'Expression',
  'TextValue', 'Cardinal', 'Ordinal', 'Multiple',
]);
const COMMON_TAGS = new Set([
  ...FUNCTION_TAGS, 'Adjective', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'PastTense',
  'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Comparative', 'Superlative',
  'Verb', 'Imperative', 'Duration', 'Unit', 'Currency', 'Fraction', 'Value', 'Demonym',
]);
const VERB_TAGS = new Set(['PastTense', 'PresentTense']);

/** Sentence openers the lexicon lacks (it is light on -ly adverbs and abstract nouns). */
const EXTRA_COMMON = new Set(
  `local national federal regional members data proposals campaigners currently previously nearly
  additionally similarly meanwhile overall thank please yes no sorry latest unlimited themed archive
  subscribe subscription read related share comments comment reply advertisement photo photograph
  image picture video watch listen more sign`.split(/\s+/),
);

/** Suffixes of long words that are almost never names (adverbs, abstract nouns). */
// The lexicon lists few adjectives ("medical", "economic", "parliamentary" are missing), so their
// endings count too; -ic only after letters a Slavic surname's -vić/-ić never has ("Petrovic").
const COMMON_SUFFIX = /(?:olog(?:y|ies|ists?)|ically|ently|antly|ately|ively|ously|arly|ally|edly|ingly|fully|ibly|ably|tions?|sions?|nesses|ness|ities|isms?|ical|ental|ural|ional|inal|ipal|oral|[cdrst]ial|omic|egic|atic|estic|onic|etic|oric|ensic|aphic|istic|[tnr]ary)$/;

/** Lower-cases and strips diacritics, so "José" finds the lexicon's "jose". */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

const NO_TAGS: readonly string[] = Object.freeze([]);
// A memo of look-ups: the lexicon never changes, so this only saves time (it is the hottest path).
const memo = new Map<string, readonly string[]>();

/** The lexicon's tags for a word or multi-word phrase (case-insensitive, diacritics folded). */
export function lexiconTags(phrase: string): readonly string[] {
  const cached = memo.get(phrase);
  if (cached) return cached;
  const lower = phrase.toLowerCase().replace(/[’']/g, "'");
  const tags = LEXICON[lower] ?? (/[^\x00-\x7f]/.test(lower) ? LEXICON[foldWord(lower)] : undefined);
  const result = tags === undefined ? NO_TAGS : Object.freeze(Array.isArray(tags) ? [...tags] : [tags]);
  if (memo.size > 50_000) memo.clear();
  memo.set(phrase, result);
  return result;
}

const hasTag = (phrase: string, wanted: ReadonlySet<string>): boolean => lexiconTags(phrase).some((t) => wanted.has(t));

/**
 * Given names the lexicon files under ordinary words ("ray", "rose", "bill"), so that
 * "Ray Jones said" reads as a person. Modals and months ("Will", "May", "June") stay out:
 * they open sentences far more often than they name anyone.
 */
const WORD_GIVEN_NAMES = new Set(
  `ray rose bill jack bob pat sue dawn joy amber ruby jade holly heather iris lily daisy grant dean glen drew guy
  rob carol faith penny robin pearl violet hazel ivy crystal rusty hank gene nick sonny frank ash basil
  forrest jasmine olive poppy rowan sage skye storm willow`.split(/\s+/),
);

/** True for a given name that is also an ordinary word ("Ray", "Holly"): weaker evidence before a place's head ("Holly Lane"). */
export function isWordGivenName(word: string): boolean {
  return WORD_GIVEN_NAMES.has(word.toLowerCase()) && !hasTag(word, NAME_TAGS);
}

/** True for a known given name ("Kathy", "José", "Ray"). */
export function isFirstName(word: string): boolean {
  return hasTag(word, NAME_TAGS) || (/^\p{Lu}\p{Ll}+$/u.test(word) && WORD_GIVEN_NAMES.has(word.toLowerCase()));
}

/** True for a known family name ("Kumar", "Gallagher"). */
export function isLastName(word: string): boolean {
  return lexiconTags(word).includes('LastName');
}

/** True for a known place name (city, region, country), single- or multi-word. */
export function isKnownPlace(phrase: string): boolean {
  return hasTag(phrase, PLACE_TAGS);
}

/** True for a name the lexicon lists as an organisation or sports team ("Goldman Sachs"). */
export function isKnownOrganisation(phrase: string): boolean {
  return hasTag(phrase, ORG_TAGS);
}

/** True for nationality and language words ("Nigerian", "British", "Gaelic", "Afrikaans"). */
export function isDemonym(word: string): boolean {
  return hasTag(word, DEMONYM_TAGS) || DEMONYM_WORDS.test(word);
}

const DEMONYM_TAGS = new Set(['Demonym']);
// The lexicon lacks these; languages behave like demonyms ("Gaelic remained", "Afrikaans speakers").
const DEMONYM_WORDS = /^(?:british|irish|english|scottish|welsh|spanish|french|galician|catalan|flemish|gaelic|cornish|manx|māori|maori|afrikaans|malay|mandarin|cantonese|hokkien|tamil|hindi|urdu|punjabi|bengali|swahili)$/i;

/** True for a person noun such as "professor" or "spokesperson". */
export function isActorNoun(word: string): boolean {
  return lexiconTags(word).includes('Actor');
}

/**
 * True for a noun naming a kind of person ("analyst", "promoter", "hydrologist"): the lexicon's
 * Actor nouns, and unknown words with a person-noun suffix.
 */
export function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = lexiconTags(lower);
  if (tags.includes('Actor')) return true;
  // ("-oor" and "-oer" end place names, "Wearmoor", "Boer", not agent nouns.)
  return tags.length === 0 && lower.length >= 6 && /(?:ist|ician|[^o]er|[^o]or)$/.test(lower);
}

/**
 * Stricter than isPersonNoun, for context cues: an Actor noun, an "-ist", or an agent noun made
 * from a verb the lexicon knows ("promoter", "administrator"; not "oyster").
 */
export function isAgentNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (isActorNoun(lower) || (lexiconTags(lower).length === 0 && /(?:ist|ician)$/.test(lower))) return true;
  const stem = /^(.+?)(?:er|or)$/.exec(lower)?.[1] ?? '';
  const verb = (w: string): boolean => lexiconTags(w).some((t) => t === 'Infinitive' || t === 'PresentTense');
  return stem.length >= 3 && lexiconTags(lower).length === 0 && (verb(stem) || verb(`${stem}e`) || verb(stem.replace(/(.)\1$/, '$1')));
}

/** True for determiners, prepositions, conjunctions, pronouns and adverbs ("In", "However"). */
export function isFunctionWord(word: string): boolean {
  return hasTag(word, FUNCTION_TAGS) || (word.length >= 6 && /ly$/i.test(word) && COMMON_SUFFIX.test(word.toLowerCase()));
}

/** True for auxiliaries and -ing forms that open questions and clauses ("Did", "Speaking"). */
export function isAuxiliaryOrGerund(word: string): boolean {
  return /^(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|shall)$/i.test(word) || lexiconTags(word).includes('Gerund');
}

/** True for a finite verb form ("rated", "says"). */
export function isFiniteVerb(word: string): boolean {
  return hasTag(word, VERB_TAGS);
}

/**
 * True when a capitalised word is probably an ordinary English word rather than a name:
 * the lexicon knows it as a common word, the article uses it in lower case, or it has a
 * suffix names almost never have.
 * @param articleWords lower-case words the article writes in lower case
 */
export function isCommonWord(word: string, articleWords: ReadonlySet<string>): boolean {
  // "CrimeStoppers", "PayPal": a capital inside a word marks a coined name.
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (articleWords.has(lower) || EXTRA_COMMON.has(lower)) return true;
  if (hasTag(lower, COMMON_TAGS) && !hasTag(lower, NAME_TAGS)) return true;
  const singular = lower.replace(/ies$/, 'y').replace(/(?:ches|shes|sses|xes)$/, (m) => m.slice(0, -2)).replace(/s$/, '');
  if (singular !== lower && (hasTag(singular, COMMON_TAGS) || articleWords.has(singular) || isPersonNoun(singular))) return true;
  // "Midwives", "Housewives", "Shelves": the -ves plurals of -f and -fe nouns, alone or ending a compound.
  if (/(?:wives|knives|lives|leaves|thieves|selves|halves|shelves|wolves|calves|loaves|sheaves)$/.test(lower)) return true;
  return lower.length >= 7 && COMMON_SUFFIX.test(lower);
}
