// Collapsible sections of a roadmap's item table: a section hides every row below it that is deeper.
(function () {
    var rows = Array.prototype.slice.call(document.querySelectorAll('table.outline tbody tr[data-depth]'));
    function descendants(row) {
        var depth = +row.dataset.depth, result = [];
        for (var i = rows.indexOf(row) + 1; i < rows.length && +rows[i].dataset.depth > depth; i++) result.push(rows[i]);
        return result;
    }
    function setOpen(row, open) {
        var button = row.querySelector('.toggle');
        if (!button) return;
        button.setAttribute('aria-expanded', open);
        button.textContent = open ? '▾' : '▸';
        button.setAttribute('aria-label', open ? 'Свернуть раздел' : 'Развернуть раздел');
        descendants(row).forEach(function (r) { r.hidden = !open; });
        if (open) descendants(row).forEach(function (r) {
            var b = r.querySelector('.toggle');
            if (b && b.getAttribute('aria-expanded') === 'false') descendants(r).forEach(function (x) { x.hidden = true; });
        });
    }
    rows.forEach(function (row) {
        var button = row.querySelector('.toggle');
        if (button) button.addEventListener('click', function () { setOpen(row, button.getAttribute('aria-expanded') !== 'true'); });
    });
    var all = function (open) { rows.filter(function (r) { return r.querySelector('.toggle'); }).forEach(function (r) { setOpen(r, open); }); };
    var c = document.getElementById('collapseAll'), e = document.getElementById('expandAll');
    if (c) c.addEventListener('click', function () { all(false); });
    if (e) e.addEventListener('click', function () { all(true); });
})();
