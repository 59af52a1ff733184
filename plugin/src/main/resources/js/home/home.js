/*
 * My Out Loud: dismissing the suggested next step (for good: the server remembers it) and the switch that turns the
 * page's suggestions off or on. Both say whether they worked in the page's status line.
 */
(function () {
    'use strict';

    var BASE = '/rest/outloud/1.0/home';

    function init(page) {
        var message = page.querySelector('.outloud-home-message');
        var next = page.querySelector('.outloud-home-next');
        var failed = AJS.I18n.getText('outloud.home.failed');
        if (next) {
            var dismiss = next.querySelector('.outloud-home-next-dismiss');
            dismiss.addEventListener('click', function () {
                dismiss.disabled = true;
                OutLoud.rest('POST', AJS.contextPath() + BASE + '/next-steps/' + encodeURIComponent(next.getAttribute('data-step')) + '/dismiss')
                    .then(function () {
                        next.remove();
                        message.textContent = AJS.I18n.getText('outloud.home.next.dismissed');
                        page.querySelector('#outloud-home-path-title').focus();
                    }).catch(function (error) {
                        dismiss.disabled = false;
                        message.textContent = error && error.serverMessage ? error.serverMessage : failed;
                    });
            });
        }
        var toggle = page.querySelector('#outloud-home-suggestions');
        toggle.addEventListener('change', function () {
            var on = toggle.checked;
            toggle.disabled = true;
            OutLoud.rest('PUT', AJS.contextPath() + BASE + '/suggestions', {on: on}).then(function () {
                var shown = page.querySelector('.outloud-home-next');
                if (!on && shown) {
                    shown.remove();
                }
                message.textContent = on ? AJS.I18n.getText('outloud.home.suggestions.on') : AJS.I18n.getText('outloud.home.suggestions.off');
            }).catch(function (error) {
                toggle.checked = !on;
                message.textContent = error && error.serverMessage ? error.serverMessage : failed;
            }).then(function () {
                toggle.disabled = false;
            });
        });
        page.setAttribute('data-outloud-ready', 'true');
    }

    function initAll() {
        document.querySelectorAll('.outloud-home').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
