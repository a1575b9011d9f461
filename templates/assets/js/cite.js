/* "Cite this paragraph": adds a small button to every paragraph of a statement page that copies the
   quote, the statement, its date and the paragraph's permanent URL. Progressive enhancement: without
   JavaScript the page reads the same and every paragraph keeps its visible permalink. */
(function () {
  'use strict';
  var article = document.querySelector('article.statement[data-title]');
  if (!article) { return; }
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  article.appendChild(status);

  function citation(para) {
    var text = para.querySelector('.para-text').textContent.trim();
    var number = para.getAttribute('data-number');
    var url = location.href.split('#')[0] + '#' + para.id;
    var today = new Date().toISOString().slice(0, 10);
    return '\u201c' + text + '\u201d\n' + article.getAttribute('data-title') + ', ' + article.getAttribute('data-date') +
      (number ? ', paragraph ' + number : '') + '.\n' + url + ' (accessed ' + today + ')';
  }

  function show(para, text) {
    var box = para.querySelector('textarea.cite-text') || document.createElement('textarea');
    box.className = 'cite-text';
    box.readOnly = true;
    box.rows = 4;
    box.setAttribute('aria-label', 'Citation of this paragraph');
    box.value = text;
    para.querySelector('.para-body').appendChild(box);
    box.focus();
    box.select();
  }

  Array.prototype.forEach.call(article.querySelectorAll('.para[id]'), function (para) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-btn';
    button.textContent = 'Cite';
    button.setAttribute('aria-label', 'Cite this paragraph');
    button.addEventListener('click', function () {
      var text = citation(para);
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          status.textContent = 'Citation copied';
          button.textContent = 'Copied';
          setTimeout(function () { button.textContent = 'Cite'; }, 2000);
        }, function () { show(para, text); });
      } else {
        show(para, text);
      }
    });
    para.querySelector('.para-head').appendChild(button);
  });
})();
