/**
 * Words as Pagefind makes them, for the file:// fallback: the indexer's split of
 * page text (whitespace chunks squeezed to letters and digits, accent-folded,
 * Porter2-stemmed, plus the parts of compound chunks) and the reading of a query.
 * A classic script: defines `DossierWords` on the global object; needs search-stem.js.
 * The build runs this same file in Node to tokenise the index (scripts/lib/load-offline-engine.ts).
 */
(function (root) {
  'use strict';

  // Characters Pagefind keeps inside words besides letters and digits.
  var INCLUDE = '_\u203f\u2040\u2054\ufe33\ufe34\ufe4d\ufe4e\ufe4f\uff3f';

  function stem(word) {
    return root.DossierStem(word);
  }

  /** Strip accents (NFD, then drop combining marks). */
  function fold(word) {
    return word.normalize('NFD').replace(/\p{M}/gu, '');
  }

  /** A whitespace-separated chunk as one lowercase word of letters and digits. */
  function squeeze(chunk) {
    var out = '';
    for (var ch of chunk) if (/[\p{L}\p{N}]/u.test(ch) || INCLUDE.indexOf(ch) >= 0) out += ch.toLowerCase();
    return out;
  }

  /** Parts of a compound chunk (`child-protection`, `LaingBuisson`, `2014-06`), split like Pagefind's indexer. */
  function parts(chunk) {
    return chunk
      .replace(/[!-/:-@[-`{-~]/g, ' ')
      // convert_case's default boundaries: aB, ABc, a1, A1, 1a, 1A.
      .replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
  }

  /**
   * How one whitespace-separated chunk is indexed: its whole form squeezed and
   * stemmed (`main`), plus, for compound chunks, the stems of its parts over one byte
   * long (`parts`, without repeats or the main word), how many parts there were
   * (`k`: Pagefind splits the chunk's weight between them) and whether a part equals
   * the main word (`mainIsPart`: Pagefind then counts it at the part's weight).
   * Null for punctuation.
   */
  function chunkWords(chunk) {
    var word = squeeze(chunk);
    if (!word) return null;
    var main = stem(fold(word));
    var out = { main: main, parts: [], k: 0, mainIsPart: false };
    var compound = /[^\p{L}\p{N}]/u.test(chunk) || /^.+\p{Lu}/u.test(chunk);
    if (!compound) return out;
    var split = parts(chunk);
    if (split.length < 2 && word.indexOf(split.join(' ')) === 0) return out;
    for (var k = 0; k < split.length; k++) {
      if (split[k].length < 2 && split[k].charCodeAt(0) < 128) continue;
      out.k++;
      var s = stem(fold(split[k]));
      if (s === main) out.mainIsPart = true;
      else if (out.parts.indexOf(s) < 0) out.parts.push(s);
    }
    return out;
  }

  // Chunks repeat a great deal in running text, so their words are remembered (the
  // index build reads millions of chunks). Entries are shared: callers must not change them.
  var memo = new Map();
  var MEMO_LIMIT = 200000;

  /** A text's chunks as indexed words, one entry per position (see chunkWords). */
  function positions(text) {
    var out = [];
    var chunks = String(text).split(/\s+/);
    for (var i = 0; i < chunks.length; i++) {
      var chunk = chunks[i];
      var words = memo.get(chunk);
      if (words === undefined) {
        words = chunkWords(chunk);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(chunk, words);
      }
      if (words) out.push(words);
    }
    return out;
  }

  /** Every word a text is indexed under, in order. */
  function tokenise(text) {
    var out = [];
    positions(text).forEach(function (p) {
      out.push(p.main);
      out.push.apply(out, p.parts);
    });
    return out;
  }

  /** First index in the ascending `terms` whose term is >= `key` (search-shards.js and search-offline.js both look words up with it). */
  function lowerBound(terms, key) {
    var lo = 0;
    var hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Query words as Pagefind reads a query: punctuation dropped, lowercase, split on spaces, stemmed. */
  function queryTerms(query) {
    var words = String(query || '').replace(/\p{P}/gu, '').toLowerCase().split(/\s+/);
    var out = [];
    for (var i = 0; i < words.length; i++) {
      var word = squeeze(words[i]);
      if (word) out.push(stem(fold(word)));
    }
    return out;
  }

  root.DossierWords = { positions: positions, tokenise: tokenise, queryTerms: queryTerms, stem: stem, lowerBound: lowerBound };
})(typeof window !== 'undefined' ? window : globalThis);
