/*
 * My open thoughts (macro and personal page): the server renders the first page; "Show more" appends the next from
 * REST, each item built as the template builds it. Texts from the server or i18n, set with textContent.
 */
(function () {
    'use strict';

    var FAILED = AJS.I18n.getText('outloud.thought.error.failed');
    var WAITING = AJS.I18n.getText('outloud.thought.mine.waiting');

    var element = window.OutLoud.element;

    function item(thought) {
        var li = document.createElement('li');
        li.className = 'outloud-thoughts-mine-item';
        var link = element('a', null, thought.question || thought.pageTitle);
        link.href = AJS.contextPath() + thought.path;
        [link,
            element('span', 'aui-lozenge aui-lozenge-subtle', thought.stageLabel),
            element('span', 'outloud-thoughts-mine-page', thought.pageTitle),
            element('time', null, thought.date),
            element('span', 'outloud-thought-feedback-count', AJS.I18n.getText('outloud.thought.mine.feedback', thought.feedback)),
            thought.unanswered > 0 && element('strong', 'outloud-thought-unanswered',
                AJS.I18n.getText('outloud.thought.mine.unanswered', thought.unanswered)),
            thought.waiting && element('span', 'outloud-thought-waiting', WAITING),
            thought.ripenBy && element('span', 'outloud-thought-ripen-by', AJS.I18n.getText('outloud.thought.ripen-by', thought.ripenBy))
        ].forEach(function (part) {
            if (part) {
                li.appendChild(part);
                li.appendChild(document.createTextNode(' '));
            }
        });
        return li;
    }

    function init(section) {
        var more = section.querySelector('.outloud-thoughts-mine-more');
        if (!more) {
            return;
        }
        var list = section.querySelector('.outloud-thoughts-mine-list');
        var message = section.querySelector('.outloud-thoughts-mine-message');
        OutLoud.more.wire(more, function (cursor) {
            message.textContent = '';
            return OutLoud.rest('GET', AJS.contextPath() + '/rest/outloud/1.0/thoughts/mine?limit=50&cursor=' +
                encodeURIComponent(cursor)).then(function (page) {
                var added = page.thoughts.map(function (thought) {
                    return list.appendChild(item(thought));
                });
                OutLoud.more.next(more, page.next);
                return added;
            }).catch(function (error) {
                message.textContent = error && error.serverMessage ? error.serverMessage : FAILED;
            });
        });
    }

    function initAll() {
        document.querySelectorAll('[data-outloud-macro="half-finished-thoughts-mine"]').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
