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
