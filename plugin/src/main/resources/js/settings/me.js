/*
 * A person's preferences page: saves "do not name me" through the preferences REST resource and says whether it
 * worked. Texts from i18n or the server, set with textContent.
 */
(function () {
    'use strict';

    var SAVED = AJS.I18n.getText('outloud.settings.admin.saved');
    var FAILED = AJS.I18n.getText('outloud.settings.admin.failed');

    function init(form) {
        var message = form.querySelector('.outloud-preferences-message');
        var hide = form.querySelector('#outloud-hide-my-name');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var save = form.querySelector('#outloud-preferences-save');
            save.disabled = true;
            message.textContent = '';
            OutLoud.rest('PUT', AJS.contextPath() + '/rest/outloud/1.0/me/preferences', {hideMyName: hide.checked}).then(function (saved) {
                hide.checked = !!saved.hideMyName;
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
        document.querySelectorAll('#outloud-preferences-form').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
