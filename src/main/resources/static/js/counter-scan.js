// Counter console, scan page: reads a QR code with the device camera (html5-qrcode) where the browser allows it,
// puts the text into the form and submits it, as a scanner gun would. Without a camera the form works as it is.
(function () {
  'use strict';
  var box = document.getElementById('camera');
  var toggle = document.getElementById('camera-toggle');
  var status = document.getElementById('camera-status');
  var form = document.getElementById('scan-form');
  var field = document.getElementById('text');
  if (!box || !toggle || !status || !form || !field) return;
  var texts = {
    start: box.getAttribute('data-texts-start'),
    stop: box.getAttribute('data-texts-stop'),
    denied: box.getAttribute('data-texts-denied'),
    running: box.getAttribute('data-texts-running'),
    read: box.getAttribute('data-texts-read')
  };
  var usable = typeof window.__Html5QrcodeLibrary__ !== 'undefined' && navigator.mediaDevices
    && typeof navigator.mediaDevices.getUserMedia === 'function' && window.isSecureContext !== false;
  if (!usable) return; // the page already says the camera cannot be used
  var Html5Qrcode = window.__Html5QrcodeLibrary__.Html5Qrcode;
  var scanner = null;
  var running = false;
  var done = false;
  toggle.hidden = false;
  status.textContent = '';

  function stop() {
    if (!scanner || !running) return Promise.resolve();
    running = false;
    var stopping;
    try {
      stopping = scanner.stop();
    } catch (e) { // the library throws when it is not scanning any more
      stopping = Promise.resolve();
    }
    return stopping.catch(function () {}).then(function () {
      toggle.textContent = texts.start;
      toggle.setAttribute('aria-pressed', 'false');
    });
  }

  function read(text) {
    if (done) return;
    done = true;
    status.textContent = texts.read;
    var submitted = false;
    function submit() {
      if (submitted) return;
      submitted = true;
      field.value = text;
      form.setAttribute('data-source', 'camera');
      form.submit();
    }
    // The camera is released first so that its light goes off before the page changes; a camera that does not let go
    // within a second must not keep the code that was read from being submitted.
    setTimeout(submit, 1000);
    stop().then(submit, submit);
  }

  toggle.addEventListener('click', function () {
    if (running) {
      stop();
      status.textContent = '';
      return;
    }
    if (!scanner) scanner = new Html5Qrcode('reader', { verbose: false });
    done = false;
    scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: { width: 250, height: 250 } }, read, function () {})
      .then(function () {
        running = true;
        toggle.textContent = texts.stop;
        toggle.setAttribute('aria-pressed', 'true');
        status.textContent = texts.running;
      })
      .catch(function () {
        status.textContent = texts.denied;
      });
  });
  window.addEventListener('pagehide', stop);
})();
