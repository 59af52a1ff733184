/*
 * The site admins' settings page: saves the form through the settings REST resource (which checks the caller again)
 * and says whether it worked.
 */
(function () {
    'use strict';

    function init(form) {
        var names = form.querySelector('#outloud-names-to-authors');
        var size = form.querySelector('#outloud-min-group-size');
        var reactors = form.querySelector('#outloud-reactor-names');
        var unnamed = form.querySelector('#outloud-unnamed-feedback');
        var waiting = form.querySelector('#outloud-waiting-days');
        var sources = form.querySelectorAll('input[name="departmentSource"]');
        var groups = form.querySelector('#outloud-department-groups');
        var departments = form.querySelector('#outloud-departments');

        function source() {
            var chosen = form.querySelector('input[name="departmentSource"]:checked');
            return chosen ? chosen.value : 'profile';
        }
        OutLoud.saveForm(form, {
            method: 'PUT',
            url: AJS.contextPath() + '/rest/outloud/1.0/admin/settings',
            message: '.outloud-settings-message',
            button: '#outloud-settings-save',
            savedText: AJS.I18n.getText('outloud.settings.admin.saved'),
            failedText: AJS.I18n.getText('outloud.settings.admin.failed'),
            body: function () {
                return {namesToAuthors: names.checked, minGroupSize: Number(size.value), reactorNames: reactors.value,
                    unnamedFeedback: unnamed.checked, waitingDays: Number(waiting.value), departmentSource: source(),
                    departmentGroups: groups.value, departments: departments.value};
            },
            show: function (saved) {
                names.checked = !!saved.namesToAuthors;
                size.value = String(saved.minGroupSize);
                reactors.value = saved.reactorNames;
                unnamed.checked = !!saved.unnamedFeedback;
                waiting.value = String(saved.waitingDays);
                sources.forEach(function (radio) {
                    radio.checked = radio.value === saved.departmentSource;
                });
                groups.value = saved.departmentGroups;
                departments.value = saved.departments;
            }
        });
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
