/*
 * The link to the person's own notification list, wherever the app shows it (cards, personal pages): fills in the
 * unread count once per page, from the REST resource, for a signed-in reader.
 */
(function () {
    'use strict';

    function fill() {
        var links = document.querySelectorAll('a.outloud-notices-link');
        if (!links.length || document.documentElement.hasAttribute('data-outloud-notices-count')) {
            return;
        }
        document.documentElement.setAttribute('data-outloud-notices-count', 'loading');
        window.OutLoud.rest('GET', AJS.contextPath() + '/rest/outloud/1.0/notifications/count').then(function (answer) {
            Array.prototype.forEach.call(document.querySelectorAll('a.outloud-notices-link'), function (link) {
                var badge = link.querySelector('.outloud-notices-link-count');
                if (badge) {
                    badge.textContent = String(answer.unread);
                    badge.hidden = !answer.unread;
                }
            });
            document.documentElement.setAttribute('data-outloud-notices-count', 'done');
        }).catch(function () {
            document.documentElement.setAttribute('data-outloud-notices-count', 'failed');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', fill);
    } else {
        fill();
    }
})();
