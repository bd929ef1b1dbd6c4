// The editor's extraction table. Clicking a row marks its sentence in the report's text; without this
// script the row's sentence link jumps there and CSS :target marks it. The error summary takes the
// focus when the page comes back with problems, and its links move the focus to the field to correct
// (the GOV.UK error summary pattern).
document.addEventListener('click', function (event) {
    var link = event.target.closest('#error-summary a[href^="#"]');
    if (link) {
        var field = document.getElementById(link.getAttribute('href').substring(1));
        if (field) {
            event.preventDefault();
            field.scrollIntoView({block: 'center'});
            field.focus();
        }
        return;
    }
    var row = event.target.closest('tr.candidate, tr.candidate-source');
    if (!row) {
        return;
    }
    if (row.classList.contains('candidate-source')) {
        row = row.previousElementSibling;
    }
    var sentence = document.getElementById('s-' + row.getAttribute('data-sentence'));
    document.querySelectorAll('.sentence.current').forEach(function (s) {
        s.classList.remove('current');
    });
    document.querySelectorAll('tr.candidate.current').forEach(function (r) {
        r.classList.remove('current');
    });
    row.classList.add('current');
    if (sentence) {
        sentence.classList.add('current');
        if (event.target.closest('a')) {
            event.preventDefault();
            sentence.closest('details').open = true;
            sentence.scrollIntoView({block: 'nearest'});
        }
    }
});
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }
});

// The toolbar (shown only with this script): show all rows or only some (with problems, with a change,
// targets) of all sections or one, and tick all or none of the rows shown: per section, with the
// section chosen.
document.addEventListener('DOMContentLoaded', function () {
    var tools = document.querySelector('.candidate-tools');
    if (!tools) {
        return;
    }
    tools.hidden = false;
    var rows = [...document.querySelectorAll('tr.candidate')];
    var sectionOf = function (r) {
        var part = r.querySelector('[id$="-part"]');
        var title = r.querySelector('[id$="-section"]');
        return part.options[part.selectedIndex].text + ' · ' + title.value;
    };
    var sections = document.getElementById('show-section');
    [sections.dataset.all].concat([...new Set(rows.map(sectionOf))]).forEach(function (name, i) {
        var option = document.createElement('option');
        option.value = i === 0 ? '' : name;
        option.textContent = name;
        sections.appendChild(option);
    });
    var show = 'all';
    function apply() {
        rows.forEach(function (r) {
            var visible = (show === 'all'
                    || (show === 'problems' && r.classList.contains('has-problems'))
                    || (show === 'change' && r.dataset.change === 'true')
                    || (show === 'target' && r.dataset.target === 'true')
                    || (show === 'doubt' && r.dataset.doubt === 'true'))
                && (sections.value === '' || sectionOf(r) === sections.value);
            r.hidden = !visible;
            for (var next = r.nextElementSibling; next && !next.classList.contains('candidate'); next = next.nextElementSibling) {
                next.hidden = !visible;
            }
        });
    }
    sections.addEventListener('change', apply);
    tools.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        if (!button) {
            return;
        }
        if (button.dataset.sort) {
            // the rows the extractor guessed about first, each with its sentence line, in their order
            var body = rows[0].parentNode;
            var groups = rows.map(function (r) {
                var group = [r];
                for (var next = r.nextElementSibling; next && !next.classList.contains('candidate'); next = next.nextElementSibling) {
                    group.push(next);
                }
                return group;
            });
            groups.filter(function (g) { return g[0].dataset.doubt === 'true'; })
                .concat(groups.filter(function (g) { return g[0].dataset.doubt !== 'true'; }))
                .forEach(function (g) { g.forEach(function (tr) { body.appendChild(tr); }); });
            rows = [...document.querySelectorAll('tr.candidate')];
            return;
        }
        if (button.dataset.tick) {
            rows.filter(function (r) { return !r.hidden; }).forEach(function (r) {
                r.querySelector('input[type=checkbox]').checked = button.dataset.tick === 'all';
            });
            return;
        }
        show = button.dataset.show;
        tools.querySelectorAll('[data-show]').forEach(function (b) {
            b.setAttribute('aria-pressed', String(b === button));
        });
        apply();
    });
});

// Keys: Alt+Up/Down move to the same field of the row above or below that is shown; Alt+Enter shows
// the row's sentence in the report's text.
document.addEventListener('keydown', function (event) {
    var field = event.target;
    var row = field.closest && field.closest('tr.candidate');
    if (!row || !event.altKey) {
        return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        var rows = [...document.querySelectorAll('tr.candidate')].filter(function (r) { return !r.hidden; });
        var to = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
        var suffix = (field.id || '').replace(/^r\d+-/, '');
        var target = to && (suffix ? to.querySelector('[id$="-' + suffix + '"]') : to.querySelector('input[type=checkbox]'));
        if (target) {
            event.preventDefault();
            target.focus();
            target.scrollIntoView({block: 'nearest'});
        }
    } else if (event.key === 'Enter') {
        event.preventDefault();
        var sentence = document.getElementById('s-' + row.getAttribute('data-sentence'));
        if (sentence) {
            sentence.closest('details').open = true;
            document.querySelectorAll('.sentence.current').forEach(function (s) { s.classList.remove('current'); });
            sentence.classList.add('current');
            sentence.scrollIntoView({block: 'center'});
        }
    }
});
