// Live re-index progress on the admin page: polls the small JSON endpoint while a job is active.
// Without this script the page refreshes itself (a meta refresh inside <noscript>).
(function () {
  'use strict';
  var box = document.getElementById('reindex-status');
  if (!box || !window.fetch) {
    return;
  }
  var bar = document.getElementById('reindex-bar');
  var text = document.getElementById('reindex-text');
  var start = document.querySelector('#reindex-start button');
  var cancel = document.querySelector('#reindex-cancel button');
  var url = box.getAttribute('data-progress-url');

  function describe(s) {
    if (s.state === 'queued') { return 'Waiting to start…'; }
    if (s.state === 'running') {
      return s.percent + ' % — ' + s.done + ' / ' + s.total + ' articles, ' + s.articlesPerSecond + ' articles/s' +
        (s.secondsLeft !== null ? ', about ' + s.secondsLeft + ' s left' : '') + ' (' + s.phase + ')';
    }
    if (s.state === 'idle') { return 'No re-index has run since the server started.'; }
    return s.percent + ' % — ' + s.message;
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        var active = s.state === 'queued' || s.state === 'running';
        box.setAttribute('data-state', s.state);
        bar.value = s.percent;
        text.textContent = describe(s);
        start.disabled = active;
        cancel.disabled = !active;
        if (active) { window.setTimeout(poll, 500); }
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }

  var state = box.getAttribute('data-state');
  if (state === 'queued' || state === 'running') {
    poll();
  }
})();
