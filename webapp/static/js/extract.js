// The editor's extraction table: clicking a row marks its sentence in the text beside it.
// Without this script the row's sentence link jumps there and CSS :target marks it.
document.addEventListener('click', function (event) {
    var row = event.target.closest('tr.candidate');
    if (!row) {
        return;
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
        if (event.target.tagName === 'A') {
            event.preventDefault();
        }
        sentence.scrollIntoView({block: 'nearest'});
    }
});
