/*
 * Requests to share: "Answer" shows how to answer a request (insert a block naming its number; the markup is ready
 * to copy), "Decline" declines it without a reason and takes it off the list. The server renders the first page of
 * each list; "Show more" appends the next from REST, built as the template builds it. Texts from the server or i18n,
 * set with textContent.
 */
(function () {
    'use strict';

    var FAILED = AJS.I18n.getText('outloud.wol.ask.requests.error.failed');
    var DECLINED = AJS.I18n.getText('outloud.wol.ask.requests.declined');
    var UNKNOWN = AJS.I18n.getText('outloud.wol.block.unknown-author');
    var NO_DEPARTMENT = AJS.I18n.getText('outloud.people.no-department');
    var ASKED_ON = AJS.I18n.getText('outloud.wol.ask.requests.asked-on');
    var ANSWERED_ON = AJS.I18n.getText('outloud.wol.ask.requests.answered-on');
    var THANK = AJS.I18n.getText('outloud.thanks.button');
    var ANSWER = AJS.I18n.getText('outloud.wol.ask.requests.answer');
    var DECLINE = AJS.I18n.getText('outloud.wol.ask.requests.decline');
    var MARKUP = AJS.I18n.getText('outloud.wol.ask.requests.markup');
    var LOZENGES = {answered: 'aui-lozenge-success', open: 'aui-lozenge-current'};

    var element = window.OutLoud.element;

    function button(className, label) {
        var node = element('button', className, label);
        node.type = 'button';
        return node;
    }

    /** Who asked (or was asked), when, and for an outgoing request its state. */
    function person(who, date, request) {
        var line = element('div', 'outloud-request-person');
        if (who && who.avatarUrl) {
            var avatar = element('img', 'outloud-avatar');
            avatar.src = who.avatarUrl;
            avatar.alt = '';
            avatar.width = 24;
            avatar.height = 24;
            line.appendChild(avatar);
        }
        line.appendChild(element('span', 'outloud-request-name', (who && who.name) || UNKNOWN));
        line.appendChild(document.createTextNode(' '));
        line.appendChild(element('span', 'outloud-request-department', (who && who.department) || NO_DEPARTMENT));
        line.appendChild(document.createTextNode(' '));
        var time = element('time', 'outloud-request-date', date);
        time.setAttribute('datetime', date);
        line.appendChild(time);
        if (request) {
            line.appendChild(document.createTextNode(' '));
            line.appendChild(element('span', 'aui-lozenge ' + (LOZENGES[request.state] || '') + ' outloud-request-state', request.stateLabel));
        }
        return line;
    }

    /** "Asked on" or "Answered on" and a link to that block, or nothing where the reader may not view it. */
    function linkLine(className, words, link) {
        var line = element('p', className, words + ' ');
        var anchor = element('a', null, link.title);
        anchor.href = AJS.contextPath() + link.path;
        line.appendChild(anchor);
        return line;
    }

    function incomingItem(request) {
        var item = element('li', 'outloud-request');
        item.setAttribute('data-request-id', String(request.id));
        item.appendChild(person(request.asker, request.date));
        var topic = element('p', 'outloud-request-topic');
        topic.appendChild(element('span', 'outloud-request-number', '#' + request.id));
        topic.appendChild(document.createTextNode(' ' + request.topic));
        item.appendChild(topic);
        if (request.askedOn) {
            item.appendChild(linkLine('outloud-request-context', ASKED_ON, request.askedOn));
        }
        var actions = element('div', 'outloud-request-actions');
        var answer = button('aui-button aui-button-primary outloud-request-answer', ANSWER);
        answer.setAttribute('aria-expanded', 'false');
        answer.setAttribute('aria-controls', 'outloud-request-how-' + request.id);
        actions.appendChild(answer);
        actions.appendChild(document.createTextNode(' '));
        actions.appendChild(button('aui-button outloud-request-decline', DECLINE));
        item.appendChild(actions);
        var how = element('div', 'outloud-request-how');
        how.id = 'outloud-request-how-' + request.id;
        how.hidden = true;
        how.appendChild(element('p', null, AJS.I18n.getText('outloud.wol.ask.answer-how', String(request.id))));
        var label = element('label', null, MARKUP);
        label.htmlFor = 'outloud-request-markup-' + request.id;
        how.appendChild(label);
        var markup = element('input', 'text long-field outloud-request-markup');
        markup.type = 'text';
        markup.id = label.htmlFor;
        markup.readOnly = true;
        markup.value = request.answerMarkup;
        how.appendChild(markup);
        item.appendChild(how);
        var message = element('p', 'outloud-request-message');
        message.setAttribute('role', 'status');
        message.setAttribute('aria-live', 'polite');
        item.appendChild(message);
        return item;
    }

    function outgoingItem(request) {
        var item = element('li', 'outloud-request outloud-request-' + request.state);
        item.setAttribute('data-request-id', String(request.id));
        item.appendChild(person(request.askee, request.date, request));
        item.appendChild(element('p', 'outloud-request-topic', request.topic));
        if (request.answeredOn) {
            item.appendChild(linkLine('outloud-request-answer-link', ANSWERED_ON, request.answeredOn));
        }
        if (request.state === 'answered') {
            // the asker may thank whoever answered (js/thanks/thank.js opens the dialog)
            var thank = element('button', 'aui-button outloud-thank', THANK);
            thank.type = 'button';
            thank.setAttribute('data-occasion', 'share');
            thank.setAttribute('data-id', String(request.id));
            item.appendChild(thank);
        }
        return item;
    }

    /** Each list's "Show more": the next page of that list from REST, appended to it. */
    function initMore(section) {
        section.querySelectorAll('.outloud-requests-more').forEach(function (more) {
            var which = more.getAttribute('data-list');
            var list = section.querySelector('.outloud-requests-' + which);
            var build = which === 'incoming' ? incomingItem : outgoingItem;
            var message = section.querySelector('.outloud-requests-message');
            OutLoud.more.wire(more, function (cursor) {
                message.textContent = '';
                return OutLoud.rest('GET', AJS.contextPath() + '/rest/outloud/1.0/share-requests/' + which + '?limit=50&cursor=' +
                    encodeURIComponent(cursor)).then(function (page) {
                    var added = page.items.map(function (request) {
                        return list.appendChild(build(request));
                    });
                    OutLoud.more.next(more, page.next);
                    if (OutLoud.thanks) {
                        OutLoud.thanks.check();
                    }
                    return added;
                }).catch(function (error) {
                    message.textContent = error && error.serverMessage ? error.serverMessage : FAILED;
                });
            });
        });
    }

    function init(section) {
        section.setAttribute('data-outloud-ready', 'true');
        initMore(section);
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
