/*
 * The site admins' defaults for spaces that have not chosen: one checkbox per macro (checked: on), read from and saved
 * through the macro defaults REST resource (system admins in a secure administrator session).
 */
(function () {
    'use strict';

    var URL = '/rest/outloud/1.0/admin/macro-defaults';

    function labels() {
        return {
            'working-out-loud': AJS.I18n.getText('io.outloud.confluence.working-out-loud.label'),
            'working-out-loud-stream': AJS.I18n.getText('io.outloud.confluence.working-out-loud-stream.label'),
            'working-out-loud-requests': AJS.I18n.getText('io.outloud.confluence.working-out-loud-requests.label'),
            'half-finished-thought': AJS.I18n.getText('io.outloud.confluence.half-finished-thought.label'),
            'half-finished-thoughts-mine': AJS.I18n.getText('io.outloud.confluence.half-finished-thoughts-mine.label'),
            'outloud-community': AJS.I18n.getText('io.outloud.confluence.outloud-community.label'),
            'outloud-community-directory': AJS.I18n.getText('io.outloud.confluence.outloud-community-directory.label')
        };
    }

    function draw(container, defaults) {
        var names = labels();
        container.textContent = '';
        Object.keys(defaults).forEach(function (name) {
            var row = document.createElement('div');
            row.className = 'checkbox';
            var box = document.createElement('input');
            box.type = 'checkbox';
            box.className = 'checkbox';
            box.id = 'outloud-default-' + name;
            box.name = name;
            box.checked = !!defaults[name];
            var label = document.createElement('label');
            label.htmlFor = box.id;
            label.textContent = names[name] || name;
            row.appendChild(box);
            row.appendChild(label);
            container.appendChild(row);
        });
    }

    function init(form) {
        var container = form.querySelector('.outloud-macro-defaults');
        OutLoud.rest('GET', AJS.contextPath() + URL).then(function (defaults) {
            draw(container, defaults);
            OutLoud.saveForm(form, {
                method: 'PUT',
                url: AJS.contextPath() + URL,
                message: '.outloud-macro-defaults-message',
                button: '#outloud-macro-defaults-save',
                savedText: AJS.I18n.getText('outloud.settings.admin.saved'),
                failedText: AJS.I18n.getText('outloud.settings.admin.failed'),
                body: function () {
                    var body = {};
                    container.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
                        body[box.name] = box.checked;
                    });
                    return body;
                },
                show: function (saved) {
                    draw(container, saved);
                }
            });
        }).catch(function (error) {
            form.querySelector('.outloud-macro-defaults-message').textContent =
                error && error.serverMessage ? error.serverMessage : AJS.I18n.getText('outloud.settings.admin.failed');
        });
    }

    function initAll() {
        document.querySelectorAll('#outloud-macro-defaults-form').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
