/*
 * The person's own notification list: mark one entry read, mark all read, and "show more" (the next page through the
 * REST resource, keyset cursor). Everything people wrote is built as DOM text nodes, never as markup.
 */
(function () {
    'use strict';

    var TEXT = {
        failed: AJS.I18n.getText('outloud.notify.list.failed'),
        read: AJS.I18n.getText('outloud.notify.list.read'),
        isNew: AJS.I18n.getText('outloud.notify.list.new')
    };

    function unreadText(unread) {
        return AJS.I18n.getText('outloud.notify.list.unread', unread);
    }

    function countText(count) {
        return AJS.I18n.getText('outloud.notify.list.count', count);
    }
    var BASE = AJS.contextPath() + '/rest/outloud/1.0/notifications';

    function showUnread(section, unread) {
        var badge = section.querySelector('.outloud-notices-unread-count');
        badge.setAttribute('data-unread', String(unread));
        badge.textContent = unreadText(unread);
        var all = section.querySelector('.outloud-notices-read-all');
        if (unread) {
            all.removeAttribute('aria-disabled');
        } else {
            all.setAttribute('aria-disabled', 'true');
        }
    }

    function markReadShown(item) {
        item.classList.remove('outloud-notice-unread');
        ['.outloud-notice-new', '.outloud-notice-read'].forEach(function (selector) {
            var element = item.querySelector(selector);
            if (element) {
                element.remove();
            }
        });
    }

    function say(section, text) {
        section.querySelector('.outloud-notices-message').textContent = text;
    }

    function entry(notice) {
        var item = document.createElement('li');
        item.className = 'outloud-notice' + (notice.unread ? ' outloud-notice-unread' : '');
        item.setAttribute('data-id', String(notice.id));
        var link = document.createElement('a');
        link.className = 'outloud-notice-title';
        link.href = AJS.contextPath() + notice.path;
        link.textContent = notice.title;
        item.appendChild(link);
        if (notice.unread) {
            var lozenge = document.createElement('span');
            lozenge.className = 'aui-lozenge aui-lozenge-current outloud-notice-new';
            lozenge.textContent = TEXT.isNew;
            item.appendChild(document.createTextNode(' '));
            item.appendChild(lozenge);
        }
        if (notice.text) {
            var quote = document.createElement('blockquote');
            quote.className = 'outloud-notice-text';
            quote.textContent = notice.text;
            item.appendChild(quote);
        }
        var meta = document.createElement('p');
        meta.className = 'outloud-notice-meta';
        var time = document.createElement('time');
        time.setAttribute('datetime', notice.at);
        time.textContent = notice.at.substring(0, 16).replace('T', ' ') + ' UTC';
        meta.appendChild(time);
        if (notice.count > 1) {
            meta.appendChild(document.createTextNode(' · '));
            var count = document.createElement('span');
            count.className = 'outloud-notice-count';
            count.textContent = countText(notice.count);
            meta.appendChild(count);
        }
        item.appendChild(meta);
        if (notice.unread) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button aui-button-link outloud-notice-read';
            button.textContent = TEXT.read;
            item.appendChild(button);
        }
        return item;
    }

    function init(section) {
        var list = section.querySelector('.outloud-notices-list');
        var more = section.querySelector('.outloud-notices-more');
        section.addEventListener('click', function (event) {
            var target = event.target;
            if (target.classList.contains('outloud-notice-read')) {
                var item = target.closest('.outloud-notice');
                window.OutLoud.rest('POST', BASE + '/' + encodeURIComponent(item.getAttribute('data-id')) + '/read').then(function (answer) {
                    markReadShown(item);
                    showUnread(section, answer.unread);
                    item.querySelector('.outloud-notice-title').focus();
                }).catch(function (error) {
                    say(section, error && error.serverMessage ? error.serverMessage : TEXT.failed);
                });
            } else if (target.classList.contains('outloud-notices-read-all') && target.getAttribute('aria-disabled') !== 'true') {
                window.OutLoud.rest('POST', BASE + '/read-all').then(function (answer) {
                    Array.prototype.forEach.call(list.querySelectorAll('.outloud-notice'), markReadShown);
                    showUnread(section, answer.unread);
                }).catch(function (error) {
                    say(section, error && error.serverMessage ? error.serverMessage : TEXT.failed);
                });
            } else if (target === more) {
                more.setAttribute('aria-disabled', 'true');
                window.OutLoud.rest('GET', BASE + '?limit=20&cursor=' + encodeURIComponent(section.getAttribute('data-next'))).then(function (page) {
                    var first = null;
                    page.notifications.forEach(function (notice) {
                        var item = entry(notice);
                        list.appendChild(item);
                        first = first || item;
                    });
                    section.setAttribute('data-next', page.next || '');
                    more.hidden = !page.next;
                    more.removeAttribute('aria-disabled');
                    if (first) {
                        first.querySelector('.outloud-notice-title').focus();
                    }
                }).catch(function (error) {
                    more.removeAttribute('aria-disabled');
                    say(section, error && error.serverMessage ? error.serverMessage : TEXT.failed);
                });
            }
        });
        section.setAttribute('data-outloud-ready', 'true');
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('.outloud-notices'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
