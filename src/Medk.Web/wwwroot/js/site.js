// Behaviour the pages ask for by data- attributes. The content security policy allows no inline script
// (decision 024), so no page carries onclick/onchange or a <script> body: they are all here.
(function () {
    'use strict';

    // <button data-confirm="Удалить …?">: asks before the form is sent.
    document.addEventListener('click', function (e) {
        var button = e.target.closest && e.target.closest('[data-confirm]');
        if (button && !window.confirm(button.getAttribute('data-confirm'))) {
            e.preventDefault();
        }
    });

    // <button data-disable-on-click>: one click is enough (the organization tree's «+», loaded by htmx).
    document.addEventListener('click', function (e) {
        var button = e.target.closest && e.target.closest('[data-disable-on-click]');
        if (button) {
            // After htmx has read the click: a disabled button would not send its request.
            setTimeout(function () { button.disabled = true; }, 0);
        }
    });

    // <select data-navigate="/Events?organizerId=">: choosing an option opens the address with its value.
    document.addEventListener('change', function (e) {
        var select = e.target;
        if (select.matches && select.matches('select[data-navigate]')) {
            location.href = select.getAttribute('data-navigate') + encodeURIComponent(select.value);
        }
    });

    // Demo mode: a click on an account's address fills the login form.
    document.querySelectorAll('[data-demo-email]').forEach(function (a) {
        a.addEventListener('click', function (e) {
            e.preventDefault();
            document.getElementById('Input_Email').value = a.getAttribute('data-demo-email');
            document.getElementById('Input_Password').value = a.getAttribute('data-demo-password');
        });
    });

    // <form data-upload-progress data-max-bytes="…" data-too-large="…">: a large file on a slow connection shows how
    // much is uploaded (the form still works without script).
    document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
        form.addEventListener('submit', function (e) {
            var bar = document.getElementById(form.getAttribute('data-upload-progress'));
            if (!window.XMLHttpRequest || !form.file || !form.file.files.length) return;
            e.preventDefault();
            if (form.file.files[0].size > +form.getAttribute('data-max-bytes')) {
                window.alert(form.getAttribute('data-too-large'));
                return;
            }
            var xhr = new XMLHttpRequest();
            xhr.open('POST', form.action || location.href);
            if (bar) bar.hidden = false;
            xhr.upload.onprogress = function (p) { if (bar && p.lengthComputable) bar.value = Math.round(100 * p.loaded / p.total); };
            xhr.onload = function () {
                if (xhr.responseURL && xhr.responseURL !== location.href) { location.href = xhr.responseURL; return; }
                document.open(); document.write(xhr.responseText); document.close();
            };
            xhr.send(new FormData(form));
        });
    });
})();
