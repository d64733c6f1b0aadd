/*
 * Repairs to PrimeFaces 15 markup that axe (WCAG 2.1 AA) flags and no attribute can change:
 * p:autoComplete multiple="true" renders its chosen items as <li> chips in a <ul role="listbox">
 * that has no name and no options (aria-input-field-name, aria-required-children, listitem). The
 * chips are a plain list; the text input inside keeps its own role and label.
 */
(function () {
  'use strict';
  function repair() {
    var lists = document.querySelectorAll('ul.ui-autocomplete-multiple-container[role="listbox"]');
    for (var i = 0; i < lists.length; i++) {
      lists[i].removeAttribute('role');
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
