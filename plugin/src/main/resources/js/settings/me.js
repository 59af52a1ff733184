/*
 * A person's preferences page: saves "do not name me" through the preferences REST resource and says whether it
 * worked.
 */
(function () {
    'use strict';

    function init(form) {
        var hide = form.querySelector('#outloud-hide-my-name');
        OutLoud.saveForm(form, {
            method: 'PUT',
            url: AJS.contextPath() + '/rest/outloud/1.0/me/preferences',
            message: '.outloud-preferences-message',
            button: '#outloud-preferences-save',
            savedText: AJS.I18n.getText('outloud.settings.admin.saved'),
            failedText: AJS.I18n.getText('outloud.settings.admin.failed'),
            body: function () {
                return {hideMyName: hide.checked};
            },
            show: function (saved) {
                hide.checked = !!saved.hideMyName;
            }
        });
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
