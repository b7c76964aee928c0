/**
 * The English (Porter2) Snowball stemmer, the one Pagefind applies to English
 * pages and queries, so the file:// fallback folds words exactly as Pagefind does.
 * A classic script: defines `DossierStem(word)` on the global object. Expects a
 * lowercase word of letters and digits (no apostrophes).
 * @see https://snowballstem.org/algorithms/english/stemmer.html
 */
(function (root) {
  'use strict';

  var EXCEPTIONS = {
    skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
    ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe',
    atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes',
  };
  // `evening` is not in the published list; Pagefind's stemmer keeps it (evenings -> evening).
  var AFTER_1A = { inning: 1, outing: 1, canning: 1, herring: 1, earring: 1, proceed: 1, exceed: 1, succeed: 1, evening: 1 };
  var STEP2 = [
    ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
    ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'],
    ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'], ['enci', 'ence'],
    ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'],
    ['ogi', 'og'], ['li', ''],
  ];
  var STEP3 = [['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''], ['ical', 'ic'], ['ness', ''], ['ful', '']];
  var STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic'];

  function isVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
  }

  /** Start of the region after the first non-vowel that follows a vowel, from `from`. */
  function region(w, from) {
    for (var i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
    return w.length;
  }

  /** True when the word ends in a short syllable. */
  function endsShort(w) {
    var n = w.length;
    if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
    return n > 2 && !isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(w[n - 1]) && 'wxY'.indexOf(w[n - 1]) < 0;
  }

  function longest(w, list) {
    for (var i = 0; i < list.length; i++) {
      var suffix = typeof list[i] === 'string' ? list[i] : list[i][0];
      if (w.length >= suffix.length && w.slice(-suffix.length) === suffix) return i;
    }
    return -1;
  }

  function stem(word) {
    if (word.length <= 2) return word;
    if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) return EXCEPTIONS[word];
    // Mark consonant y: initial, or after a vowel.
    var w = word.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
    var special = /^(gener|commun|arsen)/.exec(w);
    var r1 = special ? special[1].length : region(w, 0);
    var r2 = region(w, r1);
    var hasVowel = function (s) {
      return /[aeiouy]/.test(s);
    };

    // Step 1a
    if (/sses$/.test(w)) w = w.slice(0, -2);
    else if (/(ied|ies)$/.test(w)) w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
    else if (/(us|ss)$/.test(w)) {
      // unchanged
    } else if (/s$/.test(w) && hasVowel(w.slice(0, -2))) w = w.slice(0, -1);
    if (AFTER_1A[w]) return w;

    // Step 1b
    var m = /(eedly|eed)$/.exec(w);
    if (m) {
      if (w.length - m[1].length >= r1) w = w.slice(0, -m[1].length) + 'ee';
    } else if ((m = /(ingly|edly|ing|ed)$/.exec(w)) && hasVowel(w.slice(0, -m[1].length))) {
      w = w.slice(0, -m[1].length);
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      // Undouble (hopp -> hop), except a three-letter word starting a, e or o (add, egg,
      // odd), as Pagefind's stemmer does (it still makes inn -> in, upp -> up).
      else if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) {
        if (!(w.length === 3 && 'aeo'.indexOf(w[0]) >= 0)) w = w.slice(0, -1);
      }
      else if (r1 >= w.length && endsShort(w)) w += 'e';
    }

    // Step 1c. The published algorithm spares a non-vowel that is the first letter
    // (by -> by); the rust-stemmers build Pagefind uses does not (bying -> bi), and
    // matching Pagefind is the point here.
    if (w.length >= 2 && /[yY]$/.test(w) && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';

    // Step 2
    var i = longest(w, STEP2);
    if (i >= 0) {
      var s2 = STEP2[i];
      var at = w.length - s2[0].length;
      if (at >= r1) {
        if (s2[0] === 'ogi') {
          if (w[at - 1] === 'l') w = w.slice(0, at) + 'og';
        } else if (s2[0] === 'li') {
          if ('cdeghkmnrt'.indexOf(w[at - 1]) >= 0) w = w.slice(0, at);
        } else w = w.slice(0, at) + s2[1];
      }
    }

    // Step 3
    i = longest(w, STEP3);
    if (i >= 0) {
      var s3 = STEP3[i];
      var at3 = w.length - s3[0].length;
      if (at3 >= r1 && (s3[0] !== 'ative' || at3 >= r2)) w = w.slice(0, at3) + s3[1];
    }

    // Step 4
    i = longest(w, STEP4);
    if (i >= 0) {
      var at4 = w.length - STEP4[i].length;
      if (at4 >= r2 && (STEP4[i] !== 'ion' || 'st'.indexOf(w[at4 - 1]) >= 0)) w = w.slice(0, at4);
    }

    // Step 5
    var last = w.length - 1;
    if (w[last] === 'e') {
      if (last >= r2 || (last >= r1 && !endsShort(w.slice(0, last)))) w = w.slice(0, last);
    } else if (w[last] === 'l' && last >= r2 && w[last - 1] === 'l') w = w.slice(0, last);

    return w.replace(/Y/g, 'y');
  }

  root.DossierStem = stem;
})(typeof window !== 'undefined' ? window : globalThis);
