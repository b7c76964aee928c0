/**
 * Dossier search page (search.html): the form, the URL (`search.html?q=ray+jones&kind=person`
 * holds the query and filters, so results can be shared) and the result list. The
 * engines live in search-engines.js. A classic script, so it also runs from disk.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  if (!form) return;
  var PAGE_SIZE = 20;
  var FIELDS = ['q', 'kind', 'publication', 'year', 'sort'];
  var KIND_LABELS = { article: 'Article', person: 'Person', organisation: 'Organisation', date: 'Date' };
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  var statusEl = document.getElementById('search-status');
  var listEl = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');
  var engineMode = document.getElementById('search-engine');
  var enginePromise = null;
  var current = { rows: [], shown: 0, run: 0 };

  function field(name) {
    return form.elements.namedItem(name);
  }

  function formatDate(iso) {
    if (!iso) return '';
    var parts = iso.split('-').map(Number);
    if (parts.length === 1) return String(parts[0]);
    var month = MONTHS[parts[1] - 1] || '';
    return parts.length === 2 ? month + ' ' + parts[0] : parts[2] + ' ' + month + ' ' + parts[0];
  }

  /** Adds an <option> for `value` to a select if it is missing, keeping options sorted after "any". */
  function ensureOption(select, value, label) {
    if (!value || !select || select.tagName !== 'SELECT') return;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) return;
    var option = new Option(label || value, value);
    var before = null;
    for (var j = 1; j < select.options.length; j++) {
      if (select.options[j].value.localeCompare(value, 'en') > 0) {
        before = select.options[j];
        break;
      }
    }
    select.add(option, before);
  }

  function readParams(search) {
    var params = new URLSearchParams(search);
    var out = {};
    FIELDS.forEach(function (name) {
      out[name] = (params.get(name) || '').trim();
    });
    // A kind the site does not have (a mistyped or forged link) would filter everything out unsaid: it is dropped.
    if (out.kind && !Object.prototype.hasOwnProperty.call(KIND_LABELS, out.kind)) out.kind = '';
    return out;
  }

  function writeForm(p) {
    FIELDS.forEach(function (name) {
      var el = field(name);
      if (!el) return;
      if (el.tagName === 'SELECT') ensureOption(el, p[name], name === 'kind' ? KIND_LABELS[p[name]] : undefined);
      el.value = p[name];
    });
    var header = document.getElementById('site-search');
    if (header) header.value = p.q;
  }

  function readForm() {
    var out = {};
    FIELDS.forEach(function (name) {
      var el = field(name);
      out[name] = el ? String(el.value).trim() : '';
    });
    return out;
  }

  function toQueryString(p) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      if (p[name]) params.set(name, p[name]);
    });
    var s = params.toString();
    return s ? '?' + s : '';
  }

  function engine() {
    if (!enginePromise) {
      enginePromise = window.DossierSearch.load().then(function (e) {
        if (engineMode) engineMode.textContent = e.name === 'pagefind' ? '' : 'Searching the copy of the index saved with the site (offline).';
        // Filter values the build did not list (search.astro lists those it knows).
        e.facets()
          .then(function (f) {
            ['kind', 'publication', 'year'].forEach(function (name) {
              Object.keys((f && f[name]) || {}).forEach(function (value) {
                ensureOption(field(name), value, name === 'kind' ? KIND_LABELS[value] : undefined);
              });
            });
          })
          .catch(function () {
            // The options from the build remain; nothing to report.
          });
        return e;
      });
    }
    return enginePromise;
  }

  /* ---------- rendering ---------- */

  function renderRow(row) {
    var li = document.createElement('li');
    li.className = 'search-result';
    if (row.date) li.setAttribute('data-date', row.date);
    var meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = (KIND_LABELS[row.kind] || row.kind) + (row.date ? ' · ' + formatDate(row.date) : '');
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = row.href;
    link.textContent = row.title;
    heading.appendChild(link);
    var excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    row.excerpt.forEach(function (n) {
      excerpt.appendChild(n);
    });
    li.appendChild(heading);
    li.appendChild(meta);
    li.appendChild(excerpt);
    return li;
  }

  function showMore(run, focusFirst) {
    var slice = current.rows.slice(current.shown, current.shown + PAGE_SIZE);
    return Promise.all(
      slice.map(function (r) {
        return r.load();
      }),
    ).then(function (rows) {
      if (run !== current.run) return;
      var first = null;
      rows.forEach(function (row) {
        var li = renderRow(row);
        first = first || li;
        listEl.appendChild(li);
      });
      current.shown += rows.length;
      moreButton.hidden = current.shown >= current.rows.length;
      if (focusFirst && first) first.querySelector('a').focus();
    });
  }

  function describe(p, count) {
    var what = p.q ? ' for \u201c' + p.q + '\u201d' : '';
    var filters = [p.kind && KIND_LABELS[p.kind], p.publication, p.year].filter(Boolean);
    var within = filters.length ? ' (' + filters.join(', ') + ')' : '';
    if (!count) return 'No results' + what + within + '.';
    return count + (count === 1 ? ' result' : ' results') + what + within + '.';
  }

  /** Marks the result list busy or settled; `data-count` holds the total (tests and styles read it). */
  function settle(busy, count) {
    listEl.setAttribute('aria-busy', busy ? 'true' : 'false');
    if (busy) listEl.removeAttribute('data-count');
    else listEl.setAttribute('data-count', String(count));
  }

  function run(p) {
    var id = ++current.run;
    listEl.textContent = '';
    moreButton.hidden = true;
    current.rows = [];
    current.shown = 0;
    document.title = (p.q ? p.q + ' \u2013 ' : '') + 'Search \u00b7 Dossier';
    if (!p.q && !p.kind && !p.publication && !p.year) {
      statusEl.textContent = 'Type a name, organisation, place or word, or choose a filter.';
      settle(false, 0);
      return Promise.resolve();
    }
    statusEl.textContent = 'Searching\u2026';
    settle(true);
    return engine()
      .then(function (e) {
        return e.search(p);
      })
      .then(function (rows) {
        if (id !== current.run) return;
        current.rows = rows;
        statusEl.textContent = describe(p, rows.length);
        return showMore(id, false).then(function () {
          if (id === current.run) settle(false, rows.length);
        });
      })
      .catch(function (error) {
        if (id !== current.run) return;
        statusEl.textContent = 'Search is unavailable here (' + (error && error.message ? error.message : 'unknown error') + ').';
        settle(false, 0);
      });
  }

  function update(push) {
    var p = readForm();
    var url = location.pathname + toQueryString(p);
    try {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search still runs.
    }
    return run(p);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update(true);
  });
  ['kind', 'publication', 'year', 'sort'].forEach(function (name) {
    var el = field(name);
    if (el) el.addEventListener('change', function () {
      update(false);
    });
  });
  moreButton.addEventListener('click', function () {
    showMore(current.run, true);
  });
  window.addEventListener('popstate', function () {
    var p = readParams(location.search);
    writeForm(p);
    run(p);
  });

  var initial = readParams(location.search);
  writeForm(initial);
  run(initial);
})();
