/**
 * The "Copy" buttons of the cite box: shown only when this runs, each copies the plain
 * text of its citation and says so in the box's status line. A classic script, so it
 * loads from disk (file://) as over http.
 */
(function () {
  'use strict';

  /** Clipboard API where the page may use it, else (or when it refuses) a selected textarea and execCommand. */
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) resolve();
      else reject(new Error('copy refused'));
    });
  }

  var status = document.querySelector('[data-copy-status]');
  document.querySelectorAll('button[data-copy-target]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var name = (button.getAttribute('aria-label') || '').replace(/^Copy the /, '');
      copy(target.innerText.trim()).then(
        function () {
          button.textContent = 'Copied';
          if (status) status.textContent = name + ' copied';
        },
        function () {
          button.textContent = 'Copy failed';
          if (status) status.textContent = 'Could not copy the ' + name + '; select it instead';
        }
      ).then(function () {
        setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      });
    });
  });
})();
