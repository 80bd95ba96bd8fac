/**
 * The page's only script: it sorts the reports table (a click on a heading; numbers as numbers, text in Chinese
 * collation, an empty figure last either way) and filters it (unit or path, format, only with errors). Without it
 * the table reads as written, and the controls stay hidden.
 */
export const AUDIT_SCRIPT = `(function () {
  var table = document.getElementById('reports');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var controls = document.querySelector('.controls');
  var text = document.getElementById('filter-text');
  var format = document.getElementById('filter-format');
  var errors = document.getElementById('filter-errors');
  var count = document.getElementById('filter-count');
  controls.hidden = false;
  var collator = new Intl.Collator('zh-CN', { numeric: true });
  function value(row, column) {
    var cell = row.cells[column];
    return cell && cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : null;
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var column = Number(th.getAttribute('data-col'));
      var numeric = th.getAttribute('data-type') === 'number';
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var sorted = rows.slice().sort(function (a, b) {
        var x = value(a, column), y = value(b, column);
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        var order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return ascending ? order : -order;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });
  function filter() {
    var needle = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!needle || row.getAttribute('data-search').indexOf(needle) >= 0)
        && (!format.value || row.getAttribute('data-format') === format.value)
        && (!errors.checked || Number(row.getAttribute('data-errors')) > 0);
      row.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = count.getAttribute('data-template').replace('{shown}', shown).replace('{total}', rows.length);
  }
  text.addEventListener('input', filter);
  format.addEventListener('change', filter);
  errors.addEventListener('change', filter);
  filter();
})();`;
