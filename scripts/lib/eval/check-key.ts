/**
 * Checks an answer key against its article text: every surface form the key quotes
 * (aliases, date texts, quote openings, title, byline, body snippets, comments) must
 * occur in the text, so a typo in a key cannot make the extractor look wrong.
 */
import type { AnswerKey } from './answer-key.ts';
import { foldTypography } from './normalise.ts';

/** Problems must be fixed; hints list capitalised words no key entry covers (to review by hand). */
export interface KeyCheck {
  problems: string[];
  hints: string[];
}

/**
 * Verifies a key against the article it describes.
 * @param key a validated answer key
 * @param text the article's text
 */
export function checkKey(key: AnswerKey, text: string): KeyCheck {
  // Scrapes may leave a link's target inside its text ("Children <https://…> England"), and
  // a key may name what only a URL shows (optional entries), so both readings are searched.
  const folded = foldTypography(text);
  const unlinked = foldTypography(text.replace(/<https?:\/\/[^>\s]*>/g, ' '));
  const problems: string[] = [];
  const expect = (what: string, snippet: string, wholeWord: boolean): void => {
    const s = foldTypography(snippet);
    if (find(unlinked, s, wholeWord) || find(folded, s, wholeWord)) return;
    const caseOnly = find(unlinked.toLowerCase(), s.toLowerCase(), wholeWord);
    problems.push(`${what} not in text${caseOnly ? ' (only with different case)' : ''}: ${JSON.stringify(snippet)}`);
  };
  const a = key.article;
  if (a.title !== null) expect('title', a.title, false);
  expect('body_starts', a.body_starts, false);
  for (const b of a.boilerplate) expect('boilerplate', b, false);
  for (const c of a.comments) {
    expect('comment author', c.author, true);
    expect('comment start', c.starts, false);
  }
  for (const [kind, entries] of [['person', key.people], ['organisation', key.organisations]] as const) {
    const owners = new Map<string, string>();
    for (const entry of entries) {
      if (entry.aliases.length === 0) problems.push(`${kind} ${JSON.stringify(entry.name)} has no aliases`);
      for (const alias of entry.aliases) {
        expect(`${kind} alias`, alias, true);
        const owner = owners.get(alias);
        if (owner !== undefined && owner !== entry.name) problems.push(`alias ${JSON.stringify(alias)} is used by ${owner} and ${entry.name}`);
        owners.set(alias, entry.name);
      }
    }
  }
  for (const d of key.dates) expect('date text', d.text, true);
  const speakers = new Set([...key.people, ...key.organisations].map((e) => e.name));
  for (const q of key.quotes) {
    expect('quote start', q.starts, false);
    if (!speakers.has(q.speaker)) problems.push(`quote speaker ${JSON.stringify(q.speaker)} is not a key entry name`);
  }
  if (a.published !== null && a.published_inferred !== null && !a.published.startsWith(a.published_inferred)) {
    problems.push(`published ${a.published} disagrees with published_inferred ${a.published_inferred}`);
  }
  return { problems, hints: uncoveredCapitals(key, text.replace(/<https?:\/\/[^>\s]*>/g, ' ')) };
}

function find(text: string, snippet: string, wholeWord: boolean): boolean {
  for (let at = text.indexOf(snippet); at !== -1; at = text.indexOf(snippet, at + 1)) {
    if (!wholeWord) return true;
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + snippet.length, at + snippet.length + 1);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Capitalised words that are not part of any alias or date text and do not open a sentence,
 * a paragraph or a quotation (a single newline is a hard wrap, a blank line a new paragraph).
 */
function uncoveredCapitals(key: AnswerKey, text: string): string[] {
  const covered = new Set(
    [
      ...[...key.people, ...key.organisations].flatMap((e) => e.aliases),
      ...key.dates.map((d) => d.text),
      ...key.article.comments.map((c) => c.author),
    ].flatMap((s) => foldTypography(s).split(/[^\p{L}\p{N}'-]+/u)),
  );
  const hints = new Set<string>();
  for (const match of foldTypography(text.replace(/\n\s*\n/g, ' ¶ ')).matchAll(/(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{L}'-]+/gu)) {
    if (!covered.has(match[0])) hints.add(match[0]);
  }
  return [...hints].sort();
}
