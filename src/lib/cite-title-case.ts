/**
 * Citeproc-js's title case (CSL `text-case="title"`), ported line for line from
 * citeproc 2.4 (`CSL.Output.Formatters.title` and the text-case engine it runs), so
 * article citations can be filled in without the processor (cite-article-template.ts).
 * The quirks are citeproc's and are kept on purpose: a word after a curly apostrophe
 * or opening quote keeps its first letter as typed, only a stop word before the first
 * hyphen is capitalised, the last word is capitalised even when it is a stop word.
 * Markup tags (`<i>`, `<span class="nocase">`) are not handled: callers keep `<` out.
 * cite-articles.test.ts checks the result against citeproc itself.
 */

// citeproc's CSL.SKIP_WORDS, unchanged; joined into a pattern without escaping as
// citeproc does (so `v.` also matches `va`, `vs.` also `vsx`).
const SKIP_WORDS = ['about', 'above', 'across', 'afore', 'after', 'against', 'al', 'along', 'alongside', 'amid', 'amidst', 'among', 'amongst', 'anenst', 'apropos', 'apud', 'around', 'as', 'aside', 'astride', 'at', 'athwart', 'atop', 'barring', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'but', 'by', 'circa', 'despite', 'down', 'during', 'et', 'except', 'for', 'forenenst', 'from', 'given', 'in', 'inside', 'into', 'lest', 'like', 'modulo', 'near', 'next', 'notwithstanding', 'of', 'off', 'on', 'onto', 'out', 'over', 'per', 'plus', 'pro', 'qua', 'sans', 'since', 'than', 'through', ' thru', 'throughout', 'thruout', 'till', 'to', 'toward', 'towards', 'under', 'underneath', 'until', 'unto', 'up', 'upon', 'versus', 'vs.', 'v.', 'vs', 'v', 'via', 'vis-à-vis', 'with', 'within', 'without', 'according to', 'ahead of', 'apart from', 'as for', 'as of', 'as per', 'as regards', 'aside from', 'back to', 'because of', 'close to', 'due to', 'except for', 'far from', 'inside of', 'instead of', 'near to', 'next to', 'on to', 'out from', 'out of', 'outside of', 'prior to', 'pursuant to', 'rather than', 'regardless of', 'such as', 'that of', 'up to', 'where as', 'or', 'yet', 'so', 'for', 'and', 'nor', 'a', 'an', 'the', 'de', "d'", 'von', 'van', 'c', 'ca'];
const SKIP_WORDS_REX = new RegExp('(?:(?:[?!:]*\\s+|-|^)(?:' + SKIP_WORDS.join('|') + ')(?=[!?:]*\\s+|-|$))', 'g');
// The languages citeproc passes to toLocale{Upper,Lower}Case for an en-US citation.
const LANGS = ['en', 'en-US'];
const TAGS = '(?:\u2018|\u2019|\u201C|\u201D| "| \'|"|\'|[-\u2013\u2014/.,;?!:]|\\[|\\]|\\(|\\)|<span style="font-variant: small-caps;">|<span class="no(?:case|decor)">|</span>|</?(?:i|sc|b|sub|sup)>)';
const WORD_GAPS = '(?:[\u00A0\u0020\u00A0\u2000-\u200B\u205F\u3000]+)';
const QUOTES: Record<string, { opener: string; closer: string }> = {
  ' "': { opener: " '", closer: '"' },
  " '": { opener: ' "', closer: "'" },
  '\u2018': { opener: '\u2018', closer: '\u2019' },
  '\u201C': { opener: '\u201C', closer: '\u201D' },
};

interface Doppel {
  tags: string[];
  strings: string[];
  origStrings: string[];
}

/** CSL.Doppeler: splits a string at tags, keeping the tags; a straight `'` before text joins that text. */
function doppeler(rexStr: string): { split: (str: string) => Doppel; join: (d: Doppel) => string } {
  const matchRex = new RegExp('(' + rexStr + ')', 'g');
  const splitRex = new RegExp(rexStr, 'g');
  return {
    split(str) {
      const match = str.match(matchRex);
      if (!match) return { tags: [], strings: [str], origStrings: [str] };
      const split = str.split(splitRex);
      for (let i = match.length - 1; i > -1; i--) {
        if (match[i] === "'" && split[i + 1]!.length > 0) {
          split[i + 1] = `'${split[i + 1]}`;
          match[i] = '';
        }
      }
      return { tags: [...match], strings: split, origStrings: split.slice() };
    },
    join(d) {
      return d.strings.map((s, i) => (i < d.tags.length ? s + d.tags[i] : s)).join('');
    },
  };
}

const tagDoppel = doppeler(TAGS);
const wordDoppel = doppeler(WORD_GAPS);

function capitalise(word: string): string {
  const m = word.match(/(^\s*)((?:[\0-\t\x0B\f\x0E-\u2027\u202A-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]))(.*)/);
  // citeproc leaves a lone Greek letter alone.
  if (m && !(/^[\u0370-\u03FF]$/.test(m[2]!) && !m[3])) return m[1]! + m[2]!.toLocaleUpperCase(LANGS) + m[3]!;
  return word;
}

const isSkipWord = (lcase: string) => lcase.match(SKIP_WORDS_REX) !== null;

/** `text` as citeproc prints it under `text-case="title"` in an en-US style. */
export function citeprocTitleCase(text: string): string {
  if (!text) return '';
  const doppel = tagDoppel.split(text);
  const quoteState: { opener: string; closer: string; pos?: number }[] = [];
  let afterPunct = false;
  let isFirst = true;
  let lastWordPos: { strings: number; words: number } | null = null;

  const capitaliseWords = (str: string, i: number, followingTag: unknown): string => {
    if (!str.trim()) return str;
    const wordle = wordDoppel.split(str);
    const words = wordle.strings;
    for (let j = 0; j < words.length; j++) {
      const word = words[j]!;
      if (!word) continue;
      const lcase = word.toLocaleLowerCase(LANGS);
      // Capitalise a word that is no stop word, one before a hyphen, the first, one after `:`, `?` or `!`.
      const capitalize = (word.length > 1 && !isSkipWord(lcase)) || (j === words.length - 1 && followingTag === '-') || isFirst || afterPunct;
      // A word with a capital already is left as it is.
      if (capitalize && word === lcase) words[j] = capitalise(word);
      afterPunct = false;
      isFirst = false;
      lastWordPos = { strings: i, words: j };
    }
    return wordDoppel.join(wordle);
  };
  // Returns the position of a quote that did not pair up, whose text then keeps its first letter as typed.
  const quoteFix = (tag: string, pos: number): number | false | undefined => {
    const m = tag.match(/(^(?:\u2018|\u2019|\u201C|\u201D|"|')|(?: "| ')$)/);
    if (!m) return undefined;
    const quote = m[1]!;
    if (['\u201C', '\u2018', ' "', " '"].includes(quote)) {
      if (quoteState.length === 0 || quote === quoteState[quoteState.length - 1]!.opener) {
        quoteState.push({ ...QUOTES[quote]!, pos });
        return false;
      }
      const prevPos = quoteState[quoteState.length - 1]!.pos;
      quoteState.pop();
      // citeproc stores the position under a misspelt key here, so it is lost.
      quoteState.push({ ...QUOTES[quote]! });
      return prevPos;
    }
    if (quoteState.length > 0 && quote === quoteState[quoteState.length - 1]!.closer) {
      quoteState.pop();
      return undefined;
    }
    return pos;
  };

  if (doppel.strings.length && doppel.strings[0]!.trim()) doppel.strings[0] = capitaliseWords(doppel.strings[0]!, 0, doppel.tags[0]);
  for (let i = 0; i < doppel.tags.length; i++) {
    const tag = doppel.tags[i]!;
    const str = doppel.strings[i + 1]!;
    if (/[!?:]$/.test(tag)) afterPunct = true;
    // citeproc passes the split object where the following tag belongs, so only the first segment sees it.
    doppel.strings[i + 1] = capitaliseWords(str, i + 1, doppel);
    const quotePos = quoteFix(tag, i);
    if (quotePos || quotePos === 0) {
      const origChar = doppel.origStrings[quotePos + 1]!.slice(0, 1);
      doppel.strings[quotePos + 1] = origChar + doppel.strings[quotePos + 1]!.slice(1);
      lastWordPos = null;
    }
    if (isFirst && str.trim()) isFirst = false;
    if (afterPunct && str.trim()) afterPunct = false;
  }
  for (const { pos } of quoteState) {
    if (pos === undefined) continue;
    const origChar = doppel.origStrings[pos + 1]!.slice(0, 1);
    doppel.strings[pos + 1] = origChar + doppel.strings[pos + 1]!.slice(1);
  }
  // The last word is capitalised even when it is a stop word.
  const last = lastWordPos as { strings: number; words: number } | null;
  if (last) {
    const lastWords = wordDoppel.split(doppel.strings[last.strings]!);
    const lastWord = lastWords.strings[last.words]!;
    if (lastWord.length > 1 && isSkipWord(lastWord.toLocaleLowerCase(LANGS))) lastWords.strings[last.words] = capitalise(lastWord);
    doppel.strings[last.strings] = wordDoppel.join(lastWords);
  }
  return tagDoppel.join(doppel);
}
