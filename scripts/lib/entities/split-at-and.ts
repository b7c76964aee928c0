/**
 * Decides where "and" inside a capitalised run separates two names ("Pfizer and GSK plc")
 * and where it belongs to one ("Food and Drug Administration", "Birmingham and Solihull
 * Mental Health NHS Foundation Trust").
 */
import { isCommonWord, isFirstName, isKnownPlace, lexiconTags } from './lexicon.ts';
import { isPortfolioWord } from './org-patterns.ts';
import type { Token } from './tokenize-segment.ts';
import { COMPANY_HEADS, ORG_HEADS, PLACE_MODIFIERS } from './word-lists.ts';

/** Heads of the public bodies that serve two named areas: police forces, NHS bodies, fire services, councils. */
const PUBLIC_HEADS = /^(?:police|constabulary|trust|board|council|service|authority|partnership|commission|commissioner|hospitals?)$/;

/**
 * Keeps "and" inside a name only when it joins ordinary words before a head
 * ("Food and Drug Administration", "Roads and Transport Authority", "Department of Health and Social Care"); otherwise
 * it separates two names ("Pfizer and GSK plc", "Kingston and Staffordshire").
 */
export function splitAtAnd(run: number[], tokens: Token[], articleWords: ReadonlySet<string>, text: string): number[][] {
  const words = run.map((k) => (tokens[k] as Token).text);
  const cut = words.findIndex((w, i) => i > 0 && w === 'and');
  if (cut < 0) return [run];
  const left = words.slice(0, cut).map((w) => w.toLowerCase());
  const leftLast = left.at(-1) ?? '';
  const rightEnd = run.slice(cut + 1);
  const nextAnd = words.findIndex((w, i) => i > cut && w === 'and');
  const rightLast = (words[nextAnd < 0 ? words.length - 1 : nextAnd - 1] ?? '').toLowerCase();
  const isHead = (w: string): boolean => ORG_HEADS.has(w) || COMPANY_HEADS.has(w);
  const headOf = left.some((w, i) => isHead(w) && /^(?:of|for|on)$/.test(left[i + 1] ?? ''));
  const right = words.slice(cut + 1, nextAnd < 0 ? words.length : nextAnd);
  // "Department of Transport and Main Roads": the portfolio after "and" may be any field of work.
  const rightCommon = right.every((w) => /^(?:of|for|the|&)$/.test(w) || isCommonWord(w, articleWords));
  const rightPortfolio = right.length <= 3 && right.every((w) => /^(?:of|for|the|&)$/.test(w) || isPortfolioWord(w, articleWords));
  // "England and Wales Cricket Board": two places before a head.
  const isCountry = (w: string): boolean => lexiconTags(w).includes('Country');
  const places = cut === 1 && isCountry(words[0] ?? '') && isCountry(words[cut + 1] ?? '') && isHead(rightLast) && right.length > 1;
  // "UK Research and Innovation": a country-led name of ordinary words on both sides.
  const leftRest = words.slice(1, cut);
  const national = cut >= 2 && (/^\p{Lu}{2,3}$/u.test(words[0] ?? '') || lexiconTags(words[0] ?? '').includes('Country')) && leftRest.every((w) => isCommonWord(w, articleWords)) && rightCommon;
  // "Birmingham and Solihull Mental Health NHS Foundation Trust": places joined before one body's head.
  const isPlace = (w: string): boolean => isKnownPlace(w) || /shire$/i.test(w) || PLACE_MODIFIERS.has(w.toLowerCase());
  const runStart = tokens[run[0] ?? 0]?.start ?? 0;
  const asPlaces = /\b(?:in|at|from|near|across|around|to|into|between|throughout)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, runStart - 24), runStart));
  // "Hammersmith and Fulham Council": two places before a council need no longer name.
  const council = right.length === 2 && /^(?:council|borough)$/.test(rightLast) && !isCommonWord(right[0] ?? '', articleWords);
  // ("Argyll and Bute Council", "Perth and Kinross Council": one unknown proper word before the pair needs no gazetteer.)
  const unknownPlace = council && cut === 1 && !isCommonWord(words[0] ?? '', articleWords) && !isFirstName(words[0] ?? '') && lexiconTags(words[0] ?? '').length === 0;
  // "Devon and Cornwall Police", "Lune and Wyre Hospitals NHS Foundation Trust", "Lancashire and South Cumbria
  // Integrated Care Board": places (a direction word may open the second) joined before a public body's head.
  const unknownWord = (w: string): boolean => !isCommonWord(w, articleWords) && !isFirstName(w) && lexiconTags(w).length === 0 && /^\p{Lu}\p{Ll}/u.test(w);
  // (The lexicon has "Devon" as a given name and "Kent" as a person: before "and" plus a known place, a proper word will do.)
  const placeFirst = cut === 1 && (isPlace(words[0] ?? '') || unknownWord(words[0] ?? '') || (isKnownPlace(right[0] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') && !isCommonWord(words[0] ?? '', articleWords)));
  const rightPlace = isPlace(right[0] ?? '') || unknownWord(right[0] ?? '') || (PLACE_MODIFIERS.has((right[0] ?? '').toLowerCase()) && right.length >= 3);
  const publicBody = placeFirst && right.length >= 2 && PUBLIC_HEADS.test(rightLast) && rightPlace && nextAnd < 0;
  // ("from the Lancashire and …", "Officers from Devon and Cornwall Police": the head makes one body of the places.)
  const area = (!asPlaces && (words.slice(0, cut).every(isPlace) || unknownPlace) && ORG_HEADS.has(rightLast) && (right.length >= 3 || council) && !isCommonWord(right[0] ?? '', articleWords) && (!isFirstName(right[0] ?? '') || council)) || publicBody;
  // "Healthwatch Nottingham and Nottinghamshire": a body named after a place and its county.
  const tailPlaces = cut >= 2 && !isPlace(words[0] ?? '') && isPlace(words[cut - 1] ?? '') && right.length === 1 && nextAnd < 0 && isPlace(right[0] ?? '') && !asPlaces;
  // "Loch Broom Strathspey and Reel Society": ordinary words before the head cannot name a body alone, so the name before "and" is part of it.
  const genericRight = right.length >= 2 && right.slice(0, -1).every((w) => isCommonWord(w, articleWords)) && cut >= 2 && !isFirstName(words[0] ?? '') && !isKnownPlace(words.slice(0, cut).join(' '));
  const join = !isHead(leftLast) && (((isCommonWord(leftLast, articleWords) || isPortfolioWord(leftLast, articleWords) || genericRight) && isHead(rightLast)) || (headOf && (rightCommon || rightPortfolio)) || places || national || area || tailPlaces);
  if (join) {
    const rest = splitAtAnd(rightEnd, tokens, articleWords, text);
    return [[...run.slice(0, cut + 1), ...(rest[0] ?? [])], ...rest.slice(1)];
  }
  return [run.slice(0, cut), ...splitAtAnd(rightEnd, tokens, articleWords, text)];
}
