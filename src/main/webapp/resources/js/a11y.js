/*
 * Repairs to PrimeFaces 15 markup that axe (WCAG 2.1 AA) flags and no attribute can change.
 *
 * 1. p:autoComplete multiple="true" renders its chosen items as <li role="option" aria-selected>
 *    chips in a <ul role="listbox" aria-orientation> that has no name and holds the text input
 *    (aria-input-field-name, aria-required-children, aria-allowed-attr once the role is gone). The
 *    chips are a plain list of what was chosen; the text input inside keeps its own combobox role
 *    and label. Chips added in the browser (choosing a suggestion) are repaired as they appear.
 * 2. p:fileUpload mode="simple" skinSimple="true" hides the real <input type="file"> behind the
 *    styled button with aria-hidden="true", yet that input is what Tab reaches and Enter opens
 *    (aria-hidden-focus; PrimeFaces issue 7836). It stays in the accessibility tree, named by the
 *    button's text ("Kies bestand").
 */
(function () {
  'use strict';
  function repairChips(list) {
    list.removeAttribute('role');
    list.removeAttribute('aria-orientation');
    list.removeAttribute('aria-activedescendant');
    var chips = list.querySelectorAll('li.ui-autocomplete-token');
    for (var j = 0; j < chips.length; j++) {
      chips[j].removeAttribute('role');
      chips[j].removeAttribute('aria-selected');
      chips[j].removeAttribute('aria-label');
    }
  }
  function repair() {
    var lists = document.querySelectorAll('ul.ui-autocomplete-multiple-container');
    for (var i = 0; i < lists.length; i++) {
      repairChips(lists[i]);
      if (!lists[i].wzObserved && window.MutationObserver) {
        lists[i].wzObserved = true;
        new MutationObserver(repairChips.bind(null, lists[i])).observe(lists[i], { childList: true });
      }
    }
    var files = document.querySelectorAll('.ui-fileupload-simple input[type="file"][aria-hidden="true"]');
    for (var k = 0; k < files.length; k++) {
      files[k].removeAttribute('aria-hidden');
      var label = document.getElementById(files[k].id.replace(/_input$/, '_label'));
      if (label && !files[k].hasAttribute('aria-labelledby')) {
        files[k].setAttribute('aria-labelledby', label.id);
      }
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', repair);
  } else {
    repair();
  }
  window.addEventListener('load', repair);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', repair);
  }
})();
