/*
 * Sortable report tables (issue 16): a table with class "sortable" has a button in each column
 * header; choosing it sorts the rows by that column's data-sort values (numbers or text), again
 * reverses. The header's aria-sort tells assistive technology the order. No inline handlers (CSP).
 */
(function () {
  'use strict';

  function value(row, column, type) {
    var cell = row.children[column];
    var raw = cell ? cell.getAttribute('data-sort') : null;
    if (type === 'number') {
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    return (raw || (cell ? cell.textContent : '')).trim().toLocaleLowerCase();
  }

  function sort(table, button) {
    var column = parseInt(button.getAttribute('data-col'), 10);
    var type = button.getAttribute('data-type');
    var header = button.closest('th');
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('thead th').forEach(function (th) {
      th.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, column, type);
      var y = value(b, column, type);
      var order = type === 'number' ? x - y : x.localeCompare(y, document.documentElement.lang);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }

  function init() {
    document.querySelectorAll('table.sortable').forEach(function (table) {
      table.querySelectorAll('button.sort').forEach(function (button) {
        button.addEventListener('click', function () {
          sort(table, button);
        });
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
