/**
 * Dossier search engines for search.html, behind one interface: `DossierSearch.load()`
 * resolves to an engine whose `search(params)` returns rows to render lazily.
 *
 * Served over http(s) it is Pagefind's JS API, imported at run time from a URL
 * computed relative to the page (works at a domain root and under a sub-path).
 * Opened from file:// (where module imports and fetch are blocked) it is the offline
 * engine (search-stem.js, search-words.js, search-shards.js, search-offline.js) and
 * its index manifest (search-index.js), injected as plain <script src> elements on the
 * first search; each query then injects only the index shards its words need.
 * A classic script, so it also runs from disk.
 */
(function (root) {
  'use strict';

  var rootHref = document.body.getAttribute('data-root') || './';
  var rootUrl = new URL(rootHref, location.href);

  /** `asc`, `desc` or null. With no query, filtered lists come newest first. */
  function sortDirection(p) {
    if (p.sort === 'date-asc') return 'asc';
    if (p.sort === 'date-desc' || !p.q) return 'desc';
    return null;
  }

  function filtersOf(p) {
    var filters = {};
    if (p.kind) filters.kind = p.kind;
    if (p.publication) filters.publication = p.publication;
    if (p.year) filters.year = p.year;
    return filters;
  }

  function textWithMarks(html) {
    // Pagefind excerpts are HTML with <mark>; keep only text and marks.
    var template = document.createElement('template');
    template.innerHTML = html;
    var nodes = [];
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        nodes.push(mark);
      } else nodes.push(document.createTextNode(node.textContent || ''));
    });
    return nodes;
  }

  function pagefindEngine(pagefind) {
    return {
      name: 'pagefind',
      facets: function () {
        return pagefind.filters();
      },
      search: function (p) {
        var filters = filtersOf(p);
        if (!p.q && !Object.keys(filters).length) return Promise.resolve([]);
        var direction = sortDirection(p);
        var term = p.q || null;
        var searches = [pagefind.search(term, { filters: filters })];
        // Pagefind leaves pages without a date out of a date sort; they follow the dated ones, by relevance.
        if (direction) searches.unshift(pagefind.search(term, { filters: filters, sort: { date: direction } }));
        return Promise.all(searches).then(function (responses) {
          var seen = new Set();
          var results = [];
          responses.forEach(function (response) {
            response.results.forEach(function (result) {
              if (seen.has(result.id)) return;
              seen.add(result.id);
              results.push(result);
            });
          });
          return results.map(function (result) {
            return {
              load: function () {
                return result.data().then(function (d) {
                  var kind = (d.filters && d.filters.kind && d.filters.kind[0]) || 'article';
                  return {
                    href: rootHref + String(d.url).replace(/^\/+/, ''),
                    title: (d.meta && d.meta.title) || d.url,
                    kind: kind,
                    date: (d.meta && d.meta.date) || null,
                    excerpt: textWithMarks(d.excerpt || ''),
                  };
                });
              },
            };
          });
        });
      },
    };
  }

  function highlight(text, terms) {
    var nodes = [];
    var at = 0;
    var re = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
    var m;
    while ((m = re.exec(text))) {
      var stems = window.DossierWords.tokenise(m[0]);
      var hit = stems.some(function (s) {
        return terms.some(function (t) {
          return s.indexOf(t) === 0;
        });
      });
      if (!hit) continue;
      if (m.index > at) nodes.push(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      nodes.push(mark);
      at = m.index + m[0].length;
    }
    if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  function offlineEngine(manifest) {
    var shards = window.DossierShards;
    var store = (window.DOSSIER_SEARCH_SHARDS = window.DOSSIER_SEARCH_SHARDS || {});
    var pending = {};
    // One script per shard key, loaded once, however many searches ask for it.
    function need(key) {
      if (store[key]) return Promise.resolve();
      if (!pending[key]) pending[key] = loadScript(shards.file(manifest, key));
      return pending[key];
    }
    // Word shards for the query's words, in rounds: a word with no extensions needs its prefixes' shards next.
    function loadFor(q) {
      var keys = shards.missing(manifest, store, q);
      if (!keys.length) return Promise.resolve();
      return Promise.all(keys.map(need)).then(function () {
        return loadFor(q);
      });
    }
    return {
      name: 'offline',
      facets: function () {
        return Promise.resolve(window.DossierOffline.facets(manifest));
      },
      search: function (p) {
        var direction = sortDirection(p);
        return loadFor(p.q).then(function () {
          var rows = window.DossierOffline.search(shards.view(manifest, store), p.q, { filters: filtersOf(p), sort: direction ? 'date-' + direction : '' });
          return rows.map(function (r) {
            return {
              // A result's row (URL, title, excerpt) comes from its page shard, loaded when the row is shown.
              load: function () {
                return need(shards.pageKey(manifest, r.page)).then(function () {
                  var row = shards.row(manifest, store, r.page);
                  return {
                    href: rootHref + row[0],
                    title: row[1],
                    kind: r.kind,
                    date: r.date,
                    excerpt: highlight(row[2], r.terms),
                  };
                });
              },
            };
          });
        });
      },
    };
  }

  /** Loads a classic script by relative URL: the one kind of load that works from disk. */
  function loadScript(file) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = rootHref + file;
      script.onload = resolve;
      script.onerror = function () {
        reject(new Error(file + ' is missing'));
      };
      document.head.appendChild(script);
    });
  }

  function loadOffline() {
    var files = ['search-stem.js', 'search-words.js', 'search-shards.js', 'search-offline.js', 'search-index.js'];
    return files
      .reduce(function (chain, file) {
        return chain.then(function () {
          return loadScript(file);
        });
      }, Promise.resolve())
      .then(function () {
        if (!window.DOSSIER_SEARCH || !window.DossierOffline || !window.DossierShards) throw new Error('the offline index did not load');
        return offlineEngine(window.DOSSIER_SEARCH);
      });
  }

  function loadPagefind() {
    // Dynamic import from a classic script; the URL is computed here so no build tool rewrites it.
    return import(new URL('pagefind/pagefind.js', rootUrl).href).then(function (pagefind) {
      // Other names (aliases, acronyms) rank like titles; search-offline.js uses the same weights.
      var ranking = { metaWeights: { title: 5, names: 5 } };
      return Promise.resolve(pagefind.options({ baseUrl: '/', excerptLength: 24, ranking: ranking })).then(function () {
        return pagefindEngine(pagefind);
      });
    });
  }

  /**
   * The engine for this page: Pagefind when served, the offline index from disk
   * (or when Pagefind cannot load). Rows are `{ load(): Promise<{ href, title, kind, date, excerpt: Node[] }> }`.
   */
  function load() {
    return location.protocol === 'file:' ? loadOffline() : loadPagefind().catch(loadOffline);
  }

  root.DossierSearch = { load: load, filtersOf: filtersOf };
})(window);
