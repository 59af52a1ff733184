/*
 * The thanks a person chose to show on their card, and their quarter if they made it public, under the author of each
 * block on the page (one request for every author on the page). The author's username comes from the card's "Follow"
 * button, which names it (a reader's own blocks have none: they see their thanks on their own page).
 */
(function () {
    'use strict';

    var URL = AJS.contextPath() + '/rest/outloud/1.0/thanks/cards';

    function authorOf(block) {
        var follow = block.querySelector('.outloud-follow[data-follow-kind="person"]');
        return follow ? follow.getAttribute('data-follow-target') : null;
    }

    function draw(block, card) {
        var author = block.querySelector('.outloud-block-author');
        if (!author || author.querySelector('.outloud-thanks-card')) {
            return;
        }
        var box = document.createElement('div');
        box.className = 'outloud-thanks-card';
        box.setAttribute('role', 'group');
        var name = block.querySelector('.outloud-block-author-name');
        box.setAttribute('aria-label', AJS.I18n.getText('outloud.thanks.card.label', name ? name.textContent : ''));
        if (card.summaryText) {
            box.appendChild(window.OutLoud.element('p', 'outloud-thanks-card-summary', card.summaryText));
        }
        card.shown.forEach(function (thanks) {
            var item = window.OutLoud.element('p', 'outloud-thanks-card-item');
            item.appendChild(window.OutLoud.element('strong', '', (thanks.from && thanks.from.name) || ''));
            item.appendChild(document.createTextNode(': ' + thanks.note));
            box.appendChild(item);
        });
        author.appendChild(box);
    }

    function init() {
        var blocks = Array.prototype.slice.call(document.querySelectorAll('[data-outloud-macro="working-out-loud"]'));
        var users = [];
        blocks.forEach(function (block) {
            var user = authorOf(block);
            if (user && users.indexOf(user) < 0 && users.length < 50) {
                users.push(user);
            }
        });
        if (!users.length) {
            return;
        }
        var query = users.map(function (user) {
            return 'user=' + encodeURIComponent(user);
        }).join('&');
        window.OutLoud.rest('GET', URL + '?' + query).then(function (answer) {
            blocks.forEach(function (block) {
                var card = answer.cards[authorOf(block)];
                if (card) {
                    draw(block, card);
                }
            });
        }).catch(function () {
            // a card without its thanks is still a card
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
