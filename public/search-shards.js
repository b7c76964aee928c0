/**
 * Dossier offline search, sharded: which parts of the index one query needs, and the
 * view of them the ranking in search-offline.js reads. The manifest (search-index.js)
 * sets `DOSSIER_SEARCH`; each shard script under search-index/ adds itself to
 * `DOSSIER_SEARCH_SHARDS` (built by scripts/lib/shard-offline-index.ts). A classic
 * script with no loading of its own: the caller injects the scripts `missing` names,
 * so the same code runs in the browser and in Node. Defines `DossierShards`; needs
 * search-words.js.
 */
(function (root) {
  'use strict';

  /** Index of the last item of the ascending `sorted` that is <= `key` (0 when none is). */
  function lastAtMost(sorted, key) {
    var lo = 0;
    var hi = sorted.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (sorted[mid] <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Index of the word shard that holds `word`, or would. */
  function shardOf(manifest, word) {
    return lastAtMost(manifest.shards.terms, word);
  }

  function has(shard, word) {
    var terms = shard.terms;
    var at = root.DossierWords.lowerBound(terms, word);
    return { found: terms[at] === word, extended: at < terms.length && terms[at].indexOf(word) === 0 };
  }

  /**
   * Keys of the word shards a query still needs, given the loaded `store`: for each
   * query word, every shard that can hold its extensions, and when it has none, the
   * shards of its prefixes down to the longest indexed one (the engine's fallback).
   * Load them and call again until it returns nothing; then `view` ranks exactly as
   * the whole index would.
   */
  function missing(manifest, store, query) {
    var firsts = manifest.shards.terms;
    var need = [];
    var want = function (s) {
      var key = 't' + s;
      if (!store[key] && need.indexOf(key) < 0) need.push(key);
      return store[key];
    };
    if (!firsts.length) return need;
    root.DossierWords.queryTerms(query).forEach(function (term) {
      var first = shardOf(manifest, term);
      var extended = false;
      var complete = true;
      for (var s = first; s < firsts.length && (s === first || firsts[s].indexOf(term) === 0); s++) {
        var shard = want(s);
        if (!shard) complete = false;
        else if (has(shard, term).extended) extended = true;
      }
      if (extended || !complete) return;
      for (var n = term.length - 1; n > 0; n--) {
        var prefix = term.slice(0, n);
        var holder = want(shardOf(manifest, prefix));
        if (!holder || has(holder, prefix).found) return;
      }
    });
    return need;
  }

  /** The loaded word shards as one index for DossierOffline.search (rows are not in it). */
  function view(manifest, store) {
    var ids = manifest.shards.termIds;
    var loaded = [];
    for (var s = 0; s < ids.length; s++) if (store['t' + s]) loaded.push(s);
    var offset = new Map();
    var terms = [];
    var postings = [];
    var groups = new Map();
    loaded.forEach(function (s) {
      var shard = store['t' + s];
      offset.set(s, terms.length);
      Array.prototype.push.apply(terms, shard.terms);
      Array.prototype.push.apply(postings, shard.postings);
      shard.groups.forEach(function (g, i) {
        groups.set(g[0], { group: g, postings: shard.groupPostings[i] });
      });
    });
    // Whole-index word ids to view ids; a word whose shard is absent gets a distinct negative id.
    var local = function (id) {
      var s = lastAtMost(ids, id);
      return offset.has(s) ? offset.get(s) + id - ids[s] : -1 - id;
    };
    var order = Array.from(groups.keys()).sort(function (a, b) {
      return a - b;
    });
    return {
      version: manifest.version,
      averageWords: manifest.averageWords,
      pageCount: manifest.pageCount,
      publications: manifest.publications,
      years: manifest.years,
      dates: manifest.dates,
      profiles: manifest.profiles,
      pages: manifest.pages,
      terms: terms,
      postings: postings,
      groups: order.map(function (gid) {
        var g = groups.get(gid).group;
        return [g[1], g[2]].concat(g.slice(3).map(local));
      }),
      groupPostings: order.map(function (gid) {
        return groups.get(gid).postings;
      }),
    };
  }

  /** Key of the page shard holding page `page`'s row. */
  function pageKey(manifest, page) {
    return 'p' + Math.floor(page / manifest.shards.pageSize);
  }

  /** A page's row [url, title, excerpt] from a loaded page shard, or null. */
  function row(manifest, store, page) {
    var shard = store[pageKey(manifest, page)];
    return shard ? shard[page % manifest.shards.pageSize] : null;
  }

  /** File of a shard, relative to the site root. */
  function file(manifest, key) {
    return manifest.shards.folder + key + '.js';
  }

  root.DossierShards = { missing: missing, view: view, pageKey: pageKey, row: row, file: file };
})(typeof window !== 'undefined' ? window : globalThis);
