/*
 * A person's preferences page: saves "do not name me" through the preferences REST resource and what they are open
 * to talk about through the profile REST resource, and says whether each worked.
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

    /* What the person is open to talk about: saved through the profile REST resource, shown as the server kept it. */
    function initProfile(form) {
        var openTo = form.querySelector('#outloud-open-to');
        OutLoud.saveForm(form, {
            method: 'PUT',
            url: AJS.contextPath() + '/rest/outloud/1.0/people/me/profile',
            message: '.outloud-profile-message',
            button: '#outloud-profile-save',
            savedText: AJS.I18n.getText('outloud.settings.admin.saved'),
            failedText: AJS.I18n.getText('outloud.settings.admin.failed'),
            body: function () {
                return {openTo: openTo.value};
            },
            show: function (saved) {
                openTo.value = saved.openTo || '';
            }
        });
    }

    function initAll() {
        document.querySelectorAll('#outloud-preferences-form').forEach(init);
        document.querySelectorAll('#outloud-profile-form').forEach(initProfile);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
