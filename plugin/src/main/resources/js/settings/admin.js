/*
 * The site admins' settings page: saves the form through the settings REST resource (which checks the caller again)
 * and says whether it worked. Texts from i18n or the server, set with textContent.
 */
(function () {
    'use strict';

    var SAVED = AJS.I18n.getText('outloud.settings.admin.saved');
    var FAILED = AJS.I18n.getText('outloud.settings.admin.failed');

    function init(form) {
        var message = form.querySelector('.outloud-settings-message');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var save = form.querySelector('#outloud-settings-save');
            save.disabled = true;
            message.textContent = '';
            OutLoud.rest('PUT', AJS.contextPath() + '/rest/outloud/1.0/admin/settings', {
                namesToAuthors: form.querySelector('#outloud-names-to-authors').checked,
                minGroupSize: Number(form.querySelector('#outloud-min-group-size').value),
                reactorNames: form.querySelector('#outloud-reactor-names').value
            }).then(function (saved) {
                form.querySelector('#outloud-names-to-authors').checked = !!saved.namesToAuthors;
                form.querySelector('#outloud-min-group-size').value = String(saved.minGroupSize);
                form.querySelector('#outloud-reactor-names').value = saved.reactorNames;
                message.textContent = SAVED;
            }).catch(function (error) {
                message.textContent = error && error.serverMessage ? error.serverMessage : FAILED;
            }).then(function () {
                save.disabled = false;
            });
        });
        form.setAttribute('data-outloud-ready', 'true');
    }

    function initAll() {
        document.querySelectorAll('#outloud-settings-form').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
