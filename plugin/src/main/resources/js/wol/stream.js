/*
 * The working-out-loud stream: "more" loads the next page from the stream REST resource (keyset cursor) and appends
 * its items without a reload. Items are built with DOM nodes and textContent: never as markup.
 */
(function () {
    'use strict';

    var TEXT = {
        failed: AJS.I18n.getText('outloud.wol.stream.error.failed'),
        onPage: AJS.I18n.getText('outloud.wol.stream.on-page'),
        block: AJS.I18n.getText('outloud.wol.block.label'),
        unknown: AJS.I18n.getText('outloud.wol.block.unknown-author'),
        noDepartment: AJS.I18n.getText('outloud.people.no-department'),
        askTopic: AJS.I18n.getText('outloud.wol.ask.topic-label'),
        askPlaceholder: AJS.I18n.getText('outloud.wol.ask.topic-placeholder'),
        askSend: AJS.I18n.getText('outloud.wol.ask.send'),
        askNote: AJS.I18n.getText('outloud.wol.ask.note'),
        empty: AJS.I18n.getText('outloud.wol.stream.empty'),
        emptyFollowing: AJS.I18n.getText('outloud.wol.stream.empty-following')
    };
    var askForms = 0;
    var LOZENGES = {
        'exploring': 'aui-lozenge-complete',
        'in-progress': 'aui-lozenge-current',
        'stuck': 'aui-lozenge-error',
        'done': 'aui-lozenge-success',
        'getting-help': 'aui-lozenge-moved'
    };
    var FILTERS = ['space', 'label', 'community', 'department', 'person', 'status', 'filter', 'limit'];

    function url(stream) {
        var query = [];
        FILTERS.forEach(function (name) {
            var value = stream.getAttribute('data-' + name);
            if (value) {
                query.push(name + '=' + encodeURIComponent(value));
            }
        });
        query.push('before=' + encodeURIComponent(stream.getAttribute('data-next')));
        return AJS.contextPath() + '/rest/outloud/1.0/stream?' + query.join('&');
    }

    var element = window.OutLoud.element;

    /** The "ask to share" toggle and form of an item whose author the reader may ask (ask.js handles both). */
    function addAsk(li) {
        var label = li.getAttribute('data-ask-label');
        if (!label || li.querySelector('.outloud-ask-toggle')) {
            return;
        }
        var id = 'outloud-stream-ask-' + (++askForms);
        var toggle = element('button', 'aui-button aui-button-link outloud-ask-toggle', label);
        toggle.type = 'button';
        toggle.setAttribute('aria-expanded', 'false');
        toggle.setAttribute('aria-controls', id);
        var row = element('div', 'outloud-stream-ask');
        row.appendChild(toggle);
        li.appendChild(row);
        var form = element('form', 'aui outloud-ask-form');
        form.id = id;
        form.hidden = true;
        form.setAttribute('data-page-id', li.getAttribute('data-page-id'));
        form.setAttribute('data-macro-id', li.getAttribute('data-macro-id'));
        form.setAttribute('data-message', id + '-message');
        var fieldLabel = element('label', null, TEXT.askTopic);
        fieldLabel.setAttribute('for', id + '-topic');
        form.appendChild(fieldLabel);
        var input = element('input', 'text long-field outloud-ask-topic');
        input.type = 'text';
        input.id = id + '-topic';
        input.maxLength = 200;
        input.placeholder = TEXT.askPlaceholder;
        form.appendChild(input);
        var send = element('button', 'aui-button aui-button-primary', TEXT.askSend);
        send.type = 'submit';
        form.appendChild(send);
        form.appendChild(element('p', 'outloud-ask-note', TEXT.askNote));
        li.appendChild(form);
        var message = element('p', 'outloud-ask-message');
        message.id = id + '-message';
        message.setAttribute('role', 'status');
        message.setAttribute('aria-live', 'polite');
        li.appendChild(message);
    }

    function render(item) {
        var status = LOZENGES.hasOwnProperty(item.status) ? item.status : 'in-progress';
        var li = element('li', 'outloud-stream-item outloud-status-' + status);
        var author = element('div', 'outloud-stream-author');
        if (item.author && item.author.avatarUrl) {
            var avatar = element('img', 'outloud-avatar');
            avatar.setAttribute('src', item.author.avatarUrl);
            avatar.setAttribute('alt', '');
            avatar.setAttribute('width', '24');
            avatar.setAttribute('height', '24');
            author.appendChild(avatar);
        }
        author.appendChild(element('span', 'outloud-stream-author-name', item.author && item.author.name ? item.author.name : TEXT.unknown));
        author.appendChild(element('span', 'outloud-stream-author-department',
            item.author && item.author.department ? item.author.department : TEXT.noDepartment));
        var date = element('time', 'outloud-stream-date', item.date);
        date.setAttribute('datetime', item.date);
        author.appendChild(date);
        li.appendChild(author);

        var title = element('div', 'outloud-stream-title');
        title.appendChild(element('span', 'aui-lozenge ' + LOZENGES[status] + ' outloud-stream-status', item.statusLabel));
        var link = element('a', 'outloud-stream-link', item.workingOn ? item.workingOn : TEXT.block);
        link.setAttribute('href', AJS.contextPath() + item.path);
        title.appendChild(link);
        li.appendChild(title);
        li.appendChild(element('div', 'outloud-stream-page', TEXT.onPage + ' ' + item.pageTitle));
        li.setAttribute('data-page-id', String(item.pageId));
        li.setAttribute('data-macro-id', item.macroId || '');
        li.setAttribute('data-ask-label', item.askLabel || '');
        addAsk(li);
        return li;
    }

    /** The next page after data-next; with {@code replace}, the first page in place of the items shown (a filter changed). */
    function more(stream, button, replace) {
        var message = stream.querySelector('.outloud-stream-message');
        button.disabled = true;
        if (replace) {
            stream.setAttribute('data-next', '');
        }
        OutLoud.rest('GET', url(stream)).then(function (page) {
            if (!page || !Array.isArray(page.items)) {
                throw {serverMessage: null};
            }
            return page;
        }).then(function (page) {
            var list = stream.querySelector('.outloud-stream-items');
            var first = null;
            if (replace) {
                list.textContent = '';
                var empty = stream.querySelector('.outloud-stream-empty');
                if (!empty) {
                    empty = element('p', 'outloud-stream-empty');
                    list.parentNode.insertBefore(empty, list);
                }
                empty.textContent = stream.getAttribute('data-filter') === 'following' ? TEXT.emptyFollowing : TEXT.empty;
                empty.hidden = page.items.length > 0;
            }
            page.items.forEach(function (item) {
                var li = render(item);
                first = first || li;
                list.appendChild(li);
            });
            stream.setAttribute('data-next', page.more && page.next ? page.next : '');
            button.hidden = !(page.more && page.next);
            button.disabled = false;
            message.textContent = '';
            if (first && !replace) {
                first.querySelector('.outloud-stream-link').focus();
            }
        }).catch(function (error) {
            button.disabled = false;
            message.textContent = error && error.serverMessage ? error.serverMessage : TEXT.failed;
        });
    }

    function init(stream) {
        stream.querySelectorAll('.outloud-stream-item').forEach(addAsk);
        var button = stream.querySelector('.outloud-stream-more');
        button.addEventListener('click', function () {
            more(stream, button, false);
        });
        // Everything or only what I follow: the first page again, with the filter; the pressed button says which.
        stream.querySelectorAll('.outloud-stream-filter-button').forEach(function (choice) {
            choice.addEventListener('click', function () {
                stream.setAttribute('data-filter', choice.getAttribute('data-filter'));
                stream.querySelectorAll('.outloud-stream-filter-button').forEach(function (other) {
                    other.setAttribute('aria-pressed', other === choice ? 'true' : 'false');
                });
                more(stream, button, true);
            });
        });
        stream.setAttribute('data-outloud-ready', 'true');
    }

    function initAll() {
        document.querySelectorAll('[data-outloud-macro="working-out-loud-stream"]').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
