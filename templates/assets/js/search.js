/* Search with no server: loads data/search.json, indexes it with Lunr in the browser, and lists the
   paragraphs, notes and glossary entries that match ?q=. Without JavaScript the page says how else to
   find things. */
(function () {
  'use strict';
  var root = document.documentElement.getAttribute('data-root') || '';
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  document.getElementById('search-nojs').hidden = true;
  form.hidden = false;
  var query = new URLSearchParams(location.search).get('q') || '';
  input.value = query;

  var SNIPPET = 280;
  var BEFORE = 80;
  var WORD = /[\p{L}\p{N}]/u;

  /** Where the query's words are in one field of a hit: [start, end] pairs, in text order, not overlapping. */
  function matches(hit, field, text) {
    var spans = [];
    var metadata = hit.matchData.metadata;
    Object.keys(metadata).forEach(function (term) {
      var inField = metadata[term][field];
      if (inField && inField.position) {
        inField.position.forEach(function (p) {
          // Lunr's positions are of the raw token: leave its punctuation ("trade.", "(EDCF)") unmarked.
          var start = p[0];
          var end = p[0] + p[1];
          while (end > start && !WORD.test(text.charAt(end - 1))) { end--; }
          while (start < end && !WORD.test(text.charAt(start))) { start++; }
          if (end > start) { spans.push([start, end]); }
        });
      }
    });
    spans.sort(function (x, y) { return x[0] - y[0]; });
    return spans.filter(function (s, i) { return i === 0 || s[0] >= spans[i - 1][1]; });
  }

  /**
   * The part of a text a reader needs: about 280 characters starting a little before the first match,
   * cut between words, with every match in it marked. Returns [{text, mark}] parts.
   */
  function snippet(text, spans) {
    var start = 0;
    if (spans.length && spans[0][0] > BEFORE && text.length > SNIPPET) {
      start = text.indexOf(' ', spans[0][0] - BEFORE) + 1;
      if (start <= 0 || start > spans[0][0]) { start = spans[0][0]; }
    }
    var end = text.length;
    if (end - start > SNIPPET) {
      end = text.lastIndexOf(' ', start + SNIPPET);
      if (end <= start) { end = start + SNIPPET; }
    }
    var parts = [];
    if (start > 0) { parts.push({ text: '\u2026', mark: false }); }
    var at = start;
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > end) { return; }
      if (s[0] > at) { parts.push({ text: text.slice(at, s[0]), mark: false }); }
      parts.push({ text: text.slice(s[0], s[1]), mark: true });
      at = s[1];
    });
    if (end > at) { parts.push({ text: text.slice(at, end), mark: false }); }
    if (end < text.length) { parts.push({ text: '\u2026', mark: false }); }
    return parts;
  }

  function show(index, docs) {
    list.textContent = '';
    if (!query.trim()) { status.textContent = 'Type words to find in every statement, note and glossary entry.'; return; }
    var hits;
    try { hits = index.search(query); } catch (e) { hits = index.search(query.replace(/[:~^*+-]/g, ' ')); }
    status.textContent = hits.length + (hits.length === 1 ? ' result' : ' results') + ' for \u201c' + query + '\u201d';
    hits.slice(0, 50).forEach(function (hit) {
      var doc = docs[hit.ref];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + doc.id;
      a.textContent = doc.title;
      var where = document.createElement('span');
      where.className = 'meta';
      where.textContent = ' \u00b7 ' + doc.where;
      var text = document.createElement('p');
      snippet(doc.text, matches(hit, 'text', doc.text)).forEach(function (part) {
        if (part.mark) {
          var mark = document.createElement('mark');
          mark.textContent = part.text;
          text.appendChild(mark);
        } else {
          text.appendChild(document.createTextNode(part.text));
        }
      });
      li.appendChild(a); li.appendChild(where); li.appendChild(text);
      list.appendChild(li);
    });
  }

  var xhr = new XMLHttpRequest();
  xhr.open('GET', root + 'data/search.json');
  xhr.onload = function () {
    var docs = {};
    var data = JSON.parse(xhr.responseText).documents;
    var index = lunr(function () {
      this.ref('id');
      this.metadataWhitelist = ['position'];
      this.field('title', { boost: 2 });
      this.field('text');
      var builder = this;
      data.forEach(function (d) { docs[d.id] = d; builder.add(d); });
    });
    show(index, docs);
  };
  xhr.onerror = function () { status.textContent = 'The search index could not be loaded.'; };
  xhr.send();
})();
