/*
 * How long the app keeps what it records about people: the numbers are read from and saved through the retention REST
 * resource (system admins in a secure administrator session); the page's sentences say what each number keeps.
 */
(function () {
    'use strict';

    var URL = '/rest/outloud/1.0/admin/retention';
    var FIELDS = ['seenByDays', 'pairingMonths', 'noticeMonths', 'giverLinkDays'];

    function show(form, retention) {
        FIELDS.forEach(function (name) {
            form.querySelector('input[name="' + name + '"]').value = String(retention[name]);
        });
    }

    /** A number the organisation's agreement fixes: read-only, and saying so. */
    function lock(input) {
        var note = document.createElement('div');
        note.className = 'description outloud-locked';
        note.id = input.id + '-locked';
        note.textContent = AJS.I18n.getText('outloud.settings.admin.locked');
        input.readOnly = true;
        input.setAttribute('aria-describedby', input.getAttribute('aria-describedby') + ' ' + note.id);
        input.parentNode.appendChild(note);
    }

    function init(form) {
        var message = form.querySelector('.outloud-retention-message');
        OutLoud.rest('GET', AJS.contextPath() + URL).then(function (retention) {
            show(form, retention);
            (retention.locked || []).forEach(function (name) {
                lock(form.querySelector('input[name="' + name + '"]'));
            });
            form.setAttribute('data-outloud-loaded', 'true');
        }).catch(function (error) {
            message.textContent = error && error.serverMessage ? error.serverMessage : AJS.I18n.getText('outloud.settings.admin.failed');
        });
        OutLoud.saveForm(form, {
            method: 'PUT',
            url: AJS.contextPath() + URL,
            message: '.outloud-retention-message',
            button: '#outloud-retention-save',
            savedText: AJS.I18n.getText('outloud.settings.admin.saved'),
            failedText: AJS.I18n.getText('outloud.settings.admin.failed'),
            body: function () {
                var body = {};
                FIELDS.forEach(function (name) {
                    body[name] = Number(form.querySelector('input[name="' + name + '"]').value);
                });
                return body;
            },
            show: function (saved) {
                show(form, saved);
            }
        });
    }

    function initAll() {
        document.querySelectorAll('#outloud-retention-form').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
