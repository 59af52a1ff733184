/*
 * The person's own thanks page: show one thanks on their card (or stop), show their quarter on their card (or stop).
 * Each choice is saved at once; a failure puts the box back and says so.
 */
(function () {
    'use strict';

    var BASE = AJS.contextPath() + '/rest/outloud/1.0/thanks';
    var TEXT = {
        saved: AJS.I18n.getText('outloud.thanks.page.saved'),
        failed: AJS.I18n.getText('outloud.thanks.failed')
    };

    function toggle(section, box, url) {
        box.addEventListener('change', function () {
            var message = section.querySelector('.outloud-thanks-message');
            var wanted = box.checked;
            box.disabled = true;
            window.OutLoud.rest(wanted ? 'PUT' : 'DELETE', url).then(function () {
                message.textContent = TEXT.saved;
            }).catch(function (error) {
                box.checked = !wanted;
                message.textContent = error && error.serverMessage ? error.serverMessage : TEXT.failed;
            }).then(function () {
                box.disabled = false;
            });
        });
    }

    function init() {
        var section = document.querySelector('.outloud-thanks-page');
        if (!section) {
            return;
        }
        toggle(section, section.querySelector('.outloud-thanks-summary-public'), BASE + '/summary/public');
        section.querySelectorAll('.outloud-thanks-entry').forEach(function (entry) {
            toggle(section, entry.querySelector('.outloud-thanks-shown'), BASE + '/' + encodeURIComponent(entry.getAttribute('data-id')) + '/shown');
        });
        section.setAttribute('data-outloud-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
