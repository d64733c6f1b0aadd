/*
 * Interview autosave safety net. Every answer is saved to the server as it is typed (p:ajax); this
 * script keeps a copy of typed notes in sessionStorage (this browser tab only, cleared when the tab
 * closes) until the server confirms the save. When a save never arrived (the session expired, the
 * network dropped), the copy survives logging in again and the page offers to put it back.
 */
(function () {
  'use strict';
  var form = document.getElementById('interviewForm');
  if (!form) {
    return;
  }

  /*
   * "Opslaan…" from the first key until the server's answer replaces the status (it then says
   * "Opgeslagen … door …" or why it failed). The status sits in a role="status" live region, so
   * screen readers announce both.
   */
  function saving(event) {
    var question = event.target.closest ? event.target.closest('.question') : null;
    var status = question ? question.querySelector('.answer-status') : null;
    if (status && !event.target.disabled) {
      status.setAttribute('data-state', 'saving');
      status.classList.remove('failed');
      status.textContent = form.getAttribute('data-saving');
    }
  }
  if (window.jQuery) {
    /* jQuery also sees the change PrimeFaces triggers on its radio and checkbox inputs. */
    window.jQuery(form).on('input change', saving);
  } else {
    form.addEventListener('input', saving);
    form.addEventListener('change', saving);
  }

  if (!window.sessionStorage) {
    return;
  }
  var prefix = 'wz.interview.' + form.getAttribute('data-interview') + '.';

  function field(q) {
    return form.querySelector('textarea[data-q="' + q + '"]');
  }

  function norm(text) {
    return text === null ? null : text.replace(/\r\n/g, '\n');
  }

  function stashed() {
    var result = [];
    for (var i = 0; i < sessionStorage.length; i++) {
      var key = sessionStorage.key(i);
      if (key.indexOf(prefix) === 0) {
        result.push(key.substring(prefix.length));
      }
    }
    return result;
  }

  form.addEventListener('input', function (event) {
    var el = event.target;
    if (el.getAttribute && el.getAttribute('data-field') === 'note') {
      sessionStorage.setItem(prefix + el.getAttribute('data-q'), el.value);
    }
  });

  /* Drops the copies the server has confirmed: its status element carries the note as saved. */
  function sweep() {
    stashed().forEach(function (q) {
      var status = document.querySelector('[data-saved-q="' + q + '"]');
      if (status && norm(status.getAttribute('data-saved-note')) === norm(sessionStorage.getItem(prefix + q))) {
        sessionStorage.removeItem(prefix + q);
      }
    });
  }

  var banner = document.getElementById('restoreBanner');
  var leftovers = stashed().filter(function (q) {
    var ta = field(q);
    if (!ta) {
      sessionStorage.removeItem(prefix + q);
      return false;
    }
    if (ta.value === sessionStorage.getItem(prefix + q)) {
      sessionStorage.removeItem(prefix + q);
      return false;
    }
    return true;
  });
  if (leftovers.length > 0 && banner) {
    banner.classList.remove('hidden');
    document.getElementById('restoreButton').addEventListener('click', function () {
      leftovers.forEach(function (q) {
        var ta = field(q);
        ta.value = sessionStorage.getItem(prefix + q);
        ta.dispatchEvent(new Event('input', {bubbles: true}));
        if (window.jQuery) {
          window.jQuery(ta).trigger('change');
        }
      });
      banner.classList.add('hidden');
    });
    document.getElementById('discardButton').addEventListener('click', function () {
      leftovers.forEach(function (q) {
        sessionStorage.removeItem(prefix + q);
      });
      banner.classList.add('hidden');
    });
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', sweep);
  }
})();
