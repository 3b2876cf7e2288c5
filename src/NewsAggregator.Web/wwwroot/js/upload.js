// Progressive enhancement of the upload form: drag and drop, and one request per file so each
// file shows its own progress bar and outcome. Without this script the form posts all files at once.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  var input = document.getElementById('files');
  var zone = document.getElementById('drop-zone');
  var list = document.getElementById('upload-outcomes');
  if (!form || !input || !window.FormData || !window.XMLHttpRequest) {
    return;
  }

  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('drop-zone-active'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove('drop-zone-active'); });
  });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
    }
  });

  var token = form.querySelector('input[name="__RequestVerificationToken"]').value;
  var action = form.getAttribute('action') || window.location.pathname;
  var url = action + (action.indexOf('?') < 0 ? '?' : '&') + 'handler=One';

  function line(cls, name) {
    var li = document.createElement('li');
    li.className = 'outcome ' + cls;
    var label = document.createElement('span');
    label.className = 'outcome-name';
    label.textContent = name;
    li.appendChild(label);
    return li;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function show(li, result) {
    li.className = 'outcome outcome-' + result.status;
    var detail = document.createElement('span');
    if (result.status === 'imported') {
      detail.append('imported into ', link('/stories/' + result.storyId, 'story ' + result.storyId),
        ' as ', link('/articles/' + result.articleId, 'article ' + result.articleId));
    } else if (result.status === 'duplicate') {
      detail.append('duplicate of ', link('/articles/' + result.articleId, 'article ' + result.articleId));
    } else {
      detail.textContent = 'rejected: ' + result.reason;
    }
    li.appendChild(detail);
  }

  function send(file) {
    return new Promise(function (resolve) {
      var li = line('outcome-pending', file.name);
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      li.appendChild(bar);
      list.appendChild(li);

      var data = new FormData();
      data.append('__RequestVerificationToken', token);
      data.append('files', file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener('load', function () {
        li.removeChild(bar);
        var results = null;
        try { results = JSON.parse(xhr.responseText); } catch (err) { results = null; }
        if (xhr.status === 200 && results) {
          // A zip comes back as one result per entry.
          if (results.length === 1) {
            show(li, results[0]);
          } else {
            list.removeChild(li);
            results.forEach(function (r) { var entry = line('', r.name); show(entry, r); list.appendChild(entry); });
          }
        } else {
          show(li, { status: 'rejected', reason: xhr.status === 413 ? 'the file is too large for the server' : 'the server refused the upload (HTTP ' + xhr.status + ')' });
        }
        resolve();
      });
      xhr.addEventListener('error', function () {
        li.removeChild(bar);
        show(li, { status: 'rejected', reason: 'the upload did not reach the server' });
        resolve();
      });
      xhr.send(data);
    });
  }

  form.addEventListener('submit', function (e) {
    if (!input.files.length) {
      return;
    }
    e.preventDefault();
    list.textContent = '';
    var files = Array.prototype.slice.call(input.files);
    files.reduce(function (chain, file) { return chain.then(function () { return send(file); }); }, Promise.resolve())
      .then(function () { form.reset(); });
  });
})();
