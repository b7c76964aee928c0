/**
 * Whether the clause around a date speaks of the future (`will meet on Friday`, `a decision
 * expected in September`, `must report by Jan. 10`, `may take until Saturday`) or of the past (`approved the budget on
 * Tuesday`, `the record was set in December`). The tense marker nearest before the date wins;
 * with none before it, a marker later in the same clause decides.
 */
import { sentenceBounds } from './context.ts';

const FUTURE =
  /\b(?:will|shall|won't|wo n't|would|going to|(?:is|are|was|were|be|been) (?:due|set|scheduled|planned|slated) to|due (?:in|on|by|at|for|before|next|to be)|(?:is|are) due|expected|scheduled|slated|planned for|(?-i:plans?|intends?|aims?|hopes?) to|(?:may|might)(?! have)|due(?=\s*$)|next|upcoming|coming|(?:starts|begins|opens|closes|ends|takes effect|comes into (?:force|effect)|returns|resumes|reopens|relaunches|launches|kicks off|goes (?:on sale|live)|premieres|expires|lapses|transfers|tours|travels|visits|arrives|departs)(?: (?:in|on|from|until|at))?|runs (?:in|on|from|until|at))\b|['’]ll\b/gi;
const PAST =
  /\b(?:was|were|had|did|wasn't|weren't|didn't|hadn't|ago|earlier|previously|said|told|gave|took|made|came|went|began|rose|fell|saw|met|held|won|lost|sent|found|brought|bought|paid|spent|wrote|spoke|became|chose|grew|knew|thought|felt|kept|heard|stood|[a-z]{3,}ed)\b/g;
/** A participle after these is passive or adjectival (`will be held`, `the revised plan`), not past tense. */
const NOT_PAST_AFTER = /(?:\b(?:be|been|being|is|are|am|get|gets|got|to|the|a|an|its|their|his|her|our|your|my|this|that|these|those|newly|recently|well|more|most|all|some|many|several|other|few|two|three|four|five|six|seven|eight|nine|ten)|\d)\s+$/i;
const NOT_PAST = new Set(['expected', 'scheduled', 'slated', 'planned', 'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'beloved', 'indeed', 'need', 'proceed', 'succeed', 'exceed', 'speed', 'feed', 'seed', 'breed', 'bleed', 'greed']);
/** Where a clause ends: the marker after it no longer describes the date. */
const CLAUSE_END = /[;:()"“”]|,|\b(?:and|but|while|whereas|although|though|because|after|that|which|who)\b/i;
// ("until 1am on Saturday", "a flood warning through Saturday": a time of day may stand between; US "through" is "until".)
const DEADLINE_LEAD = /\b(?:by|until|till|through|thru)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|pm|am)?\s+(?:on\s+)?)?$/i;

type Marker = 'future' | 'past' | null;

/** Past forms of verbs of lasting: a span they govern ended before the telling. */
const DURATIVE_PAST = /\b(?:remained|stayed|lasted|continued|served|worked|lived|was|were|sat|stood|ran|didn['’]t|did not|wasn['’]t|weren['’]t)\b/i;
/** A present or future verb in the clause that governs the span: it runs on ("which was awarded in 2014, lasts until 2019"). */
const RUNS_ON = /\b(?:is|are|has|have|will|would|shall|lasts|stays|remains|runs|continues|holds|keeps)\b/i;

/** Past forms that report speech: they date the saying, not what was said ("said the road is closed until May"). */
const REPORTING = new Set(['said', 'told', 'wrote', 'added', 'warned', 'argued', 'claimed', 'explained', 'stated', 'announced', 'confirmed', 'revealed']);

/** The tense marker nearest before `index` within its sentence (at most 200 characters back). */
function markerBefore(text: string, index: number, skipReporting = false): Marker {
  const { start } = sentenceBounds(text, index);
  const from = Math.max(start, index - 200);
  const window = text.slice(from, index);
  let future = -1;
  let past = -1;
  for (const m of window.matchAll(FUTURE)) future = m.index + m[0].length;
  for (const m of window.matchAll(PAST)) {
    if (NOT_PAST.has(m[0].toLowerCase()) || NOT_PAST_AFTER.test(window.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (skipReporting && REPORTING.has(m[0].toLowerCase())) continue;
    past = m.index + m[0].length;
  }
  if (future < 0 && past < 0) return null;
  return future > past ? 'future' : 'past';
}

/** True when the rest of the clause after `end` holds a future marker before any past one. */
function futureLaterInClause(text: string, end: number): boolean {
  const { end: sentenceEnd } = sentenceBounds(text, end);
  const rest = text.slice(end, Math.min(sentenceEnd, end + 120)).replace(/^\s*,/, '');
  const cut = CLAUSE_END.exec(rest);
  const clause = cut ? rest.slice(0, cut.index) : rest;
  const future = clause.search(FUTURE);
  if (future < 0) return false;
  const past = clause.search(PAST);
  return past < 0 || past > future;
}

/**
 * True when the clause before `index` marks the future: its nearest tense marker is a future
 * one, or the date is a deadline (`by`, `until`) in a sentence without a pluperfect.
 */
export function futureBefore(text: string, index: number): boolean {
  if (DEADLINE_LEAD.test(text.slice(Math.max(0, index - 30), index))) {
    const { start, end } = sentenceBounds(text, index);
    // "remained on the payroll until December": a verb of lasting, in the past, closes the span
    // ("ordered him to report by Jan. 10", "issued a warning through Saturday" still look ahead).
    // Only the clause the span belongs to counts: a relative clause before it says nothing of the main verb.
    const clause = text.slice(Math.max(start, index - 120), index).split(/,|;|\b(?:which|who|that|and|but)\b/i).at(-1) ?? '';
    const lasted = DURATIVE_PAST.test(clause) && !RUNS_ON.test(clause) && markerBefore(text, index, true) === 'past';
    if (!/\bhad\b/i.test(text.slice(start, end)) && !lasted) return true;
  }
  return markerBefore(text, index) === 'future';
}

/** True when the date at `start..end` is spoken of as future, before it or later in its clause. */
export function speaksOfFuture(text: string, start: number, end: number): boolean {
  if (futureBefore(text, start)) return true;
  return markerBefore(text, start) === null && futureLaterInClause(text, end);
}

/** `since` opening the clause that holds the date, with no future marker after it: `since the trust stopped using agencies in June`. */
const SINCE_CLAUSE = /\bsince\b[^,;:.!?]{0,80}$/i;

/** True when the date at `index` closes a `since` clause, so it lies in the past. */
export function pastBefore(text: string, index: number): boolean {
  const since = SINCE_CLAUSE.exec(text.slice(Math.max(0, index - 90), index));
  if (!since) return false;
  FUTURE.lastIndex = 0;
  return !FUTURE.test(since[0]);
}
