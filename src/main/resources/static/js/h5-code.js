/*
 * The dynamic code on the resident's card page (/h5/...card). Fetches the code as JSON (text, QR image as a data
 * URI, expiry and the server's time), counts down locally against the server's clock, and fetches a fresh code a
 * few seconds before the current one expires (or when the Refresh button is pressed). The server draws each code
 * once; nothing is rendered per second. No inline script: the page's CSP allows scripts from this origin only.
 */
(function () {
  'use strict';
  var box = document.getElementById('dynamic-code');
  if (!box) return;
  var url = box.getAttribute('data-src');
  var img = document.getElementById('qr-img');
  var countdown = document.getElementById('countdown');
  var status = document.getElementById('code-status');
  var button = document.getElementById('refresh-code');
  var deadline = 0;
  var loading = false;
  var failed = false;

  function load(fresh) {
    if (loading) return;
    loading = true;
    fetch(url + (fresh ? '?fresh=true' : ''), {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    }).then(function (code) {
      deadline = Date.now() + (code.expiresAt - code.now);
      img.src = code.image;
      box.setAttribute('data-code', code.text);
      box.setAttribute('data-expires', String(code.expiresAt));
      status.textContent = '';
      failed = false;
      tick();
    }).catch(function () {
      failed = true;
      status.textContent = box.getAttribute('data-error');
    }).then(function () {
      loading = false;
    });
  }

  function tick() {
    if (!deadline) return;
    var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    countdown.textContent = String(left);
    // The margin is read on every tick, so a test can move it (data-refresh) instead of waiting two minutes.
    var margin = parseInt(box.getAttribute('data-refresh') || '10', 10);
    if (left <= margin && !loading && !failed) load(true);
  }

  button.addEventListener('click', function () { failed = false; load(true); });
  setInterval(tick, 1000);
  load(false);
})();
