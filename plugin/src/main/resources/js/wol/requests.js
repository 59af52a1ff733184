/*
 * Requests to share: "Answer" shows how to answer a request (insert a block naming its number; the markup is ready
 * to copy), "Decline" declines it without a reason and takes it off the list. Texts from the server or i18n, set
 * with textContent.
 */
(function () {
    'use strict';

    var FAILED = AJS.I18n.getText('outloud.wol.ask.requests.error.failed');
    var DECLINED = AJS.I18n.getText('outloud.wol.ask.requests.declined');

    function init(section) {
        section.setAttribute('data-outloud-ready', 'true');
        section.addEventListener('click', function (event) {
            var answer = event.target.closest('.outloud-request-answer');
            if (answer) {
                var how = document.getElementById(answer.getAttribute('aria-controls'));
                var open = answer.getAttribute('aria-expanded') === 'true';
                answer.setAttribute('aria-expanded', open ? 'false' : 'true');
                how.hidden = open;
                if (!open) {
                    var markup = how.querySelector('.outloud-request-markup');
                    markup.focus();
                    markup.select();
                }
                return;
            }
            var decline = event.target.closest('.outloud-request-decline');
            if (decline) {
                var item = decline.closest('.outloud-request');
                var message = item.querySelector('.outloud-request-message');
                decline.disabled = true;
                OutLoud.rest('POST', AJS.contextPath() + '/rest/outloud/1.0/share-requests/' +
                    encodeURIComponent(item.getAttribute('data-request-id')) + '/decline').then(function () {
                    item.querySelectorAll('.outloud-request-actions, .outloud-request-how').forEach(function (node) {
                        node.hidden = true;
                    });
                    item.classList.add('outloud-request-declined');
                    message.textContent = DECLINED;
                }).catch(function (error) {
                    decline.disabled = false;
                    message.textContent = error && error.serverMessage ? error.serverMessage : FAILED;
                });
            }
        });
    }

    function initAll() {
        document.querySelectorAll('[data-outloud-macro="working-out-loud-requests"]').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
