/**
 * Dossier offline search: ranks the compact index for the file:// fallback, where
 * Pagefind cannot load. A classic script (no modules, no fetch); defines
 * `DossierOffline`; needs search-stem.js and search-words.js. The index is the whole
 * index or a view of the shards one query needs (search-shards.js builds it); both
 * rank the same, since a query's words sit in the shards loaded for it.
 *
 * Ranking follows Pagefind 1.5 so the same query gives the same top results:
 * every query word must match (as a prefix of an indexed word), each matched word
 * scores idf x BM25 of its weighted count, words sharing a position count once per
 * query word, and pages whose title or date holds the query words get a boost.
 * @see https://pagefind.app/docs/ranking/
 */
(function (root) {
  'use strict';

  var K1 = 1.4; // termSaturation
  var B = 0.75; // pageLength
  var TERM_SIMILARITY = 1.0;
  // 1 + diacriticSimilarity: Pagefind's bonus for a word whose accents match the
  // query's; with accents folded on both sides that is every match.
  var ACCENT_BONUS = 1.8;
  // Pagefind's metaWeights as public/search.js sets them: other names count like the title.
  var META_WEIGHTS = { title: 5, names: 5, date: 1 };
  // Posting mask bits: the word is in that field (scripts/lib/build-offline-index.ts META_BITS).
  var META_BITS = { title: 1, names: 2, date: 4 };
  var KINDS = ['article', 'person', 'organisation', 'date'];

  function words() {
    return root.DossierWords;
  }

  function lowerBound(terms, key) {
    return words().lowerBound(terms, key);
  }

  /** Ids of the index words a query word matches: its extensions, else the longest indexed prefix of it. */
  function expand(index, term) {
    var found = [];
    for (var i = lowerBound(index.terms, term); i < index.terms.length && index.terms[i].indexOf(term) === 0; i++) found.push(i);
    if (found.length) return found;
    for (var n = term.length - 1; n > 0; n--) {
      var j = lowerBound(index.terms, term.slice(0, n));
      if (index.terms[j] === term.slice(0, n)) return [j];
    }
    return [];
  }

  /** Length in UTF-8 bytes, which is how Pagefind (Rust) measures words. */
  function byteLength(s) {
    var n = 0;
    for (var ch of s) {
      var c = ch.codePointAt(0);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return n;
  }

  /** Pagefind's bonus for index words close in length to the query word. */
  function lengthBonus(indexWord, term) {
    var diff = Math.abs(byteLength(indexWord) - byteLength(term)) + 1;
    return Math.exp(Math.exp((-0.5 * diff * diff) / 4) * TERM_SIMILARITY) / Math.exp(TERM_SIMILARITY);
  }

  function idf(total, containing) {
    return Math.log((total - containing + 0.5) / (containing + 0.5) + 1);
  }

  /** Delta-encoded [page, count, …] pairs as a Map page -> count. */
  function decode(list) {
    var out = new Map();
    for (var k = 0, page = 0; k < list.length; k += 2) {
      page += list[k];
      out.set(page, list[k + 1]);
    }
    return out;
  }

  /** A posting value's count (weight units) and metadata mask. */
  function countOf(value) {
    return Math.floor(value / 8);
  }

  function pageField(index, p) {
    var cols = index.pages;
    var profile = index.profiles[cols.profiles[p]];
    return {
      page: p,
      kind: KINDS[profile[0]] || 'article',
      date: cols.dates[p] >= 0 ? index.dates[cols.dates[p]] : null,
      publications: profile[1].map(function (n) {
        return index.publications[n];
      }),
      years: profile[2].map(function (n) {
        return index.years[n];
      }),
      words: cols.words[p],
    };
  }

  function passes(page, filters) {
    if (!filters) return true;
    if (filters.kind && page.kind !== filters.kind) return false;
    if (filters.publication && page.publications.indexOf(filters.publication) < 0) return false;
    if (filters.year && page.years.indexOf(String(filters.year)) < 0) return false;
    return true;
  }

  /**
   * Count corrections for words that share a position (a compound chunk and its
   * parts): Pagefind credits one word per query word there, and when several query
   * words meet at one position (`child-protection`) each gets the lower weight times
   * their number.
   * @returns Map page -> Map word id -> count delta (in weight units)
   */
  function positionAdjustments(index, perTerm, candidates) {
    var adjust = new Map();
    (index.groups || []).forEach(function (group, g) {
      var weight = group[0];
      var partWeight = group[1];
      var main = group[2];
      var members = group.slice(2);
      var weightOf = function (id) {
        return id === main ? weight : partWeight;
      };
      var credited = [];
      var matched = new Set();
      perTerm.forEach(function (t) {
        var hits = members.filter(function (id) {
          return t.ids.has(id);
        });
        hits.forEach(function (id) {
          matched.add(id);
        });
        if (hits.length) credited.push(Math.min.apply(null, hits));
      });
      if (credited.length === 0 || (credited.length === 1 && matched.size === 1)) return; // nothing to correct
      var effective = Math.min.apply(null, credited.map(weightOf)) * (credited.length > 1 ? credited.length : 1);
      var want = new Map();
      matched.forEach(function (id) {
        want.set(id, -weightOf(id));
      });
      credited.forEach(function (id) {
        want.set(id, want.get(id) + effective);
      });
      decode(index.groupPostings[g]).forEach(function (times, page) {
        if (!candidates.has(page)) return;
        var perPage = adjust.get(page) || new Map();
        want.forEach(function (d, id) {
          perPage.set(id, (perPage.get(id) || 0) + d * times);
        });
        adjust.set(page, perPage);
      });
    });
    return adjust;
  }

  /**
   * Pagefind's metadata boost: per field, weight x matched idf x coverage^2.
   * `hits` are the page's matched words in query order (see rank).
   */
  function metaBoost(hits, totalIdf) {
    if (!totalIdf) return 0;
    var boost = 0;
    Object.keys(META_WEIGHTS).forEach(function (name) {
      var matched = new Map();
      hits.forEach(function (h) {
        if ((h.value % 8) & META_BITS[name]) matched.set(h.w.id, h.t.idf);
      });
      var sum = 0;
      matched.forEach(function (v) {
        sum += v;
      });
      boost += META_WEIGHTS[name] * sum * Math.pow(sum / totalIdf, 2);
    });
    return boost;
  }

  function rank(index, terms, filters) {
    var total = index.pageCount;
    var perTerm = terms.map(function (term) {
      var ids = expand(index, term);
      var list = ids.map(function (id) {
        return { id: id, bonus: lengthBonus(index.terms[id], term), pages: decode(index.postings[id]) };
      });
      var pages = new Set();
      list.forEach(function (w) {
        w.pages.forEach(function (_, page) {
          pages.add(page);
        });
      });
      return { ids: new Set(ids), list: list, pages: pages, idf: idf(total, pages.size) };
    });
    var candidates = new Set(
      Array.from(perTerm[0].pages).filter(function (page) {
        return (
          perTerm.every(function (t) {
            return t.pages.has(page);
          }) && passes(pageField(index, page), filters)
        );
      }),
    );
    var adjust = positionAdjustments(index, perTerm, candidates);
    // Each candidate's matched words, in query-word then word order: one pass over the
    // postings instead of every word for every page (a one-letter query matches thousands).
    var hits = new Map();
    perTerm.forEach(function (t) {
      t.list.forEach(function (w) {
        w.pages.forEach(function (value, page) {
          if (!candidates.has(page)) return;
          var list = hits.get(page);
          if (!list) hits.set(page, (list = []));
          list.push({ t: t, w: w, value: value });
        });
      });
    });
    var totalIdf = perTerm.reduce(function (n, t) {
      return n + t.idf;
    }, 0);
    var results = [];
    candidates.forEach(function (page) {
      var field = pageField(index, page);
      var norm = K1 * (1 - B + (B * field.words) / index.averageWords);
      var delta = adjust.get(page) || new Map();
      var seen = new Set();
      var score = 0;
      var list = hits.get(page) || [];
      list.forEach(function (h) {
        if (seen.has(h.w.id)) return;
        seen.add(h.w.id);
        // Counts are in Pagefind's units: 24 per plain word.
        var x = (Math.max(0, countOf(h.value) + (delta.get(h.w.id) || 0)) / 24) * h.w.bonus;
        if (x > 0) score += h.t.idf * (((K1 + 1) * x) / (norm + x)) * ACCENT_BONUS;
      });
      results.push({ page: field, score: score + metaBoost(list, totalIdf) });
    });
    return results;
  }

  function byDate(direction) {
    return function (a, b) {
      var da = a.page.date || '';
      var db = b.page.date || '';
      if (da !== db) {
        if (!da) return 1; // undated pages last in either direction
        if (!db) return -1;
        return (da < db ? -1 : 1) * (direction === 'asc' ? 1 : -1);
      }
      return b.score - a.score || a.page.page - b.page.page;
    };
  }

  /**
   * Searches the index. Pages are ranked like Pagefind, or by date when
   * `options.sort` is `date-desc` or `date-asc`. An empty query with filters lists
   * every page that passes them.
   * @returns {{ page: number, url: string|null, title: string|null, excerpt: string|null, kind: string, date: string|null, score: number, terms: string[] }[]}
   */
  function search(index, query, options) {
    var opts = options || {};
    var filters = opts.filters || {};
    var terms = words().queryTerms(query);
    var results = [];
    if (terms.length) results = rank(index, terms, filters);
    else if (filters.kind || filters.publication || filters.year) {
      for (var p = 0; p < index.pageCount; p++) {
        var field = pageField(index, p);
        if (passes(field, filters)) results.push({ page: field, score: 0 });
      }
    }
    if (opts.sort === 'date-desc' || opts.sort === 'date-asc') results.sort(byDate(opts.sort === 'date-asc' ? 'asc' : 'desc'));
    else
      results.sort(function (a, b) {
        // Page numbers follow URL order, so ties break by URL.
        return b.score - a.score || a.page.page - b.page.page;
      });
    return results.map(function (r) {
      // Rows are there when the whole index is loaded; a shard view loads them per result.
      var row = index.rows && index.rows[r.page.page];
      return { page: r.page.page, url: row ? row[0] : null, title: row ? row[1] : null, excerpt: row ? row[2] : null, kind: r.page.kind, date: r.page.date, score: r.score, terms: terms };
    });
  }

  /** Filter values present in the index, with page counts, for the search form. */
  function facets(index) {
    var out = { kind: {}, publication: {}, year: {} };
    for (var p = 0; p < index.pageCount; p++) {
      var page = pageField(index, p);
      out.kind[page.kind] = (out.kind[page.kind] || 0) + 1;
      page.publications.forEach(function (v) {
        out.publication[v] = (out.publication[v] || 0) + 1;
      });
      page.years.forEach(function (v) {
        out.year[v] = (out.year[v] || 0) + 1;
      });
    }
    return out;
  }

  root.DossierOffline = { search: search, facets: facets, KINDS: KINDS };
})(typeof window !== 'undefined' ? window : globalThis);
