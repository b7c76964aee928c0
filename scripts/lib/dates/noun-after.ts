/**
 * The noun phrase a number counts: `37 [leading social work academics]`,
 * `72,000 [people] signed`, `100 [children's charities]`. Reads words after the number
 * until a function word, a verb or punctuation, using compromise's lexicon for tags.
 */
import nlp from 'compromise';
import { MONTH_NAME, WEEKDAYS } from './month-names.ts';

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const STOP = new Set(
  ('the a an of to in on at by for with from and or but nor as than that which who whom whose this these those is are was were be been being ' +
    'have has had do does did will would could should may might must can shall not no it its their they we our he she his her them us per each ' +
    'every across over under into within without about after before since until during between among including such so also only just still ' +
    'more most less fewer all both some any when where while if because said says like out up down off than via against around through ' +
    'last next ago now then here there again already yesterday today tomorrow tonight').split(' '),
);
const CALENDAR = new RegExp(`^(${MONTH_NAME}|${WEEKDAYS.join('|')})$`, 'i');
const STOP_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Copula', 'Modal', 'Auxiliary', 'Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun', 'QuestionWord']);
const WEAK_TAGS = new Set(['Adjective', 'Comparable', 'Superlative', 'Value', 'Cardinal']);
const WORD = /^(\s+)([\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]|[\p{L}][\p{L}'’-]*['’])(?=$|[^\p{L}\p{N}])/u;

/** End offset of the noun phrase starting after `index`, or null when no noun follows. */
export function nounPhraseEnd(text: string, index: number, maxWords = 5): number | null {
  let at = index;
  let lastNoun: number | null = null;
  for (let n = 0; n < maxWords; n++) {
    const match = WORD.exec(text.slice(at, at + 60));
    if (!match) break;
    const word = match[2] ?? '';
    const tags = tagsOf(word);
    if (STOP.has(word.toLowerCase()) || CALENDAR.test(word) || tags.some((t) => STOP_TAGS.has(t)) || (tags.length === 0 && /(ed|ly)$/i.test(word))) break;
    at += match[0].length;
    if (!tags.some((t) => WEAK_TAGS.has(t)) || tags.includes('Noun') || tags.includes('Plural') || tags.includes('Singular')) lastNoun = at;
    // a plural that is not possessive heads the phrase: `232 social workers [start]`
    if (!/['’]s?$/.test(word) && (tags.includes('Plural') || (tags.length === 0 && /[^s'’]s$/.test(word)))) break;
  }
  return lastNoun;
}

function tagsOf(word: string): string[] {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  const tags = lexicon[lower] ?? lexicon[word.toLowerCase()];
  if (!tags) return [];
  return Array.isArray(tags) ? tags : [tags];
}
