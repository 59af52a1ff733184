/*
 * Out Loud in a space's tools: saves the space's choice for each of the app's macros (on, off, or the site's default)
 * through the space macros REST resource, which checks again that the caller administers the space.
 */
(function () {
    'use strict';

    function init(form) {
        var section = form.closest('.outloud-space-tools');
        var spaceKey = section.getAttribute('data-space-key');
        var selects = form.querySelectorAll('select');
        OutLoud.saveForm(form, {
            method: 'PUT',
            url: AJS.contextPath() + '/rest/outloud/1.0/spaces/' + encodeURIComponent(spaceKey) + '/macros',
            message: '.outloud-space-macros-message',
            button: '#outloud-space-macros-save',
            savedText: AJS.I18n.getText('outloud.settings.admin.saved'),
            failedText: AJS.I18n.getText('outloud.settings.admin.failed'),
            body: function () {
                var choices = {};
                selects.forEach(function (select) {
                    choices[select.name] = select.value;
                });
                return choices;
            },
            show: function (saved) {
                (saved.macros || []).forEach(function (macro) {
                    var select = form.querySelector('select[name="' + macro.macro + '"]');
                    if (select) {
                        select.value = macro.choice;
                    }
                });
            }
        });
    }

    /* A space admin removes a reply or a piece of feedback: the server records who removed it; the entry says so. */
    function initRemove(button) {
        var message = button.parentNode.querySelector('.outloud-space-remove-message');
        button.addEventListener('click', function () {
            button.disabled = true;
            OutLoud.rest('DELETE', button.getAttribute('data-url')).then(function () {
                button.parentNode.querySelector('.outloud-space-text').remove();
                button.remove();
                message.textContent = AJS.I18n.getText('outloud.space.tools.removed');
            }).catch(function (error) {
                button.disabled = false;
                message.textContent = error && error.serverMessage ? error.serverMessage : AJS.I18n.getText('outloud.settings.admin.failed');
            });
        });
        button.setAttribute('data-outloud-ready', 'true');
    }

    function initAll() {
        document.querySelectorAll('#outloud-space-macros-form').forEach(init);
        document.querySelectorAll('.outloud-space-remove').forEach(initRemove);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
