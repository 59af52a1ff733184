/*
 * The rhythm part of a person's preferences page: shows the cadences the server keeps for them, and saves changes
 * through the rhythm REST resource (the button waits until the current choices are shown).
 */
(function () {
    'use strict';

    function init(form) {
        var url = AJS.contextPath() + '/rest/outloud/1.0/me/rhythm';
        var selects = form.querySelectorAll('select[data-topic]');
        var digest = form.querySelector('#outloud-rhythm-weekly-digest');
        var nudge = form.querySelector('#outloud-rhythm-friday-nudge');
        var message = form.querySelector('.outloud-rhythm-message');

        function show(saved) {
            selects.forEach(function (select) {
                select.value = saved.cadences[select.getAttribute('data-topic')];
            });
            digest.checked = !!saved.weeklyDigest;
            nudge.checked = !!saved.fridayNudge;
        }

        OutLoud.saveForm(form, {
            method: 'PUT',
            url: url,
            message: '.outloud-rhythm-message',
            button: '#outloud-rhythm-save',
            savedText: AJS.I18n.getText('outloud.settings.admin.saved'),
            failedText: AJS.I18n.getText('outloud.settings.admin.failed'),
            body: function () {
                var cadences = {};
                selects.forEach(function (select) {
                    cadences[select.getAttribute('data-topic')] = select.value;
                });
                return {cadences: cadences, weeklyDigest: digest.checked, fridayNudge: nudge.checked};
            },
            show: show
        });
        OutLoud.rest('GET', url).then(function (saved) {
            show(saved);
            form.querySelector('#outloud-rhythm-save').disabled = false;
            form.setAttribute('data-rhythm-loaded', 'true');
        }).catch(function (error) {
            message.textContent = error && error.serverMessage ? error.serverMessage : AJS.I18n.getText('outloud.settings.admin.failed');
        });
    }

    function initAll() {
        document.querySelectorAll('#outloud-rhythm').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
