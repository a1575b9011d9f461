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
      text.textContent = doc.text.length > 280 ? doc.text.slice(0, 280) + '\u2026' : doc.text;
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
