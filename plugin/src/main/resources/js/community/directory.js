/*
 * The community directory: search, filters and sorting through REST (the list is rebuilt from text nodes, never
 * markup), "Show more" for the next page of the same search, and the small form that starts a community and then
 * opens it.
 */
(function () {
    'use strict';

    var TEXT = {
        failed: AJS.I18n.getText('outloud.community.error.failed'),
        member: AJS.I18n.getText('outloud.directory.member')
    };

    var element = window.OutLoud.element;

    function entryItem(entry) {
        var item = element('li', 'outloud-directory-item');
        item.setAttribute('data-community-key', entry.key);
        var heading = element('h4');
        var link = element('a', null, entry.name);
        link.href = AJS.contextPath() + entry.path;
        heading.appendChild(link);
        item.appendChild(heading);
        item.appendChild(document.createTextNode(' '));
        item.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle', entry.accessLabel));
        if (entry.member) {
            item.appendChild(document.createTextNode(' '));
            item.appendChild(element('span', 'aui-lozenge aui-lozenge-success', TEXT.member));
        }
        item.appendChild(element('p', 'outloud-directory-curiosity', entry.curiosity));
        item.appendChild(element('p', 'outloud-directory-size', entry.sizeText));
        if (entry.labels.length) {
            var labels = element('ul', 'outloud-community-labels');
            entry.labels.forEach(function (label) {
                labels.appendChild(element('li', 'aui-label', label));
            });
            item.appendChild(labels);
        }
        return item;
    }

    function wire(directory) {
        var filters = directory.querySelector('.outloud-directory-filters');
        var list = directory.querySelector('.outloud-directory-entries');
        var count = directory.querySelector('.outloud-directory-count');
        var more = directory.querySelector('.outloud-directory-more');
        // The search the list shows: Show more asks for its next page, not for what the fields say now.
        var shownQuery = 'sort=activity';

        function fetchPage(cursor) {
            var url = AJS.contextPath() + '/rest/outloud/1.0/communities?' + shownQuery + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
            return window.OutLoud.rest('GET', url).then(function (answer) {
                if (!cursor) {
                    list.textContent = '';
                }
                var added = answer.communities.map(function (entry) {
                    return list.appendChild(entryItem(entry));
                });
                count.textContent = AJS.I18n.getText('outloud.directory.count', list.children.length);
                window.OutLoud.more.next(more, answer.next);
                return added;
            }).catch(function (error) {
                count.textContent = error && error.serverMessage ? error.serverMessage : TEXT.failed;
            });
        }

        filters.addEventListener('submit', function (event) {
            event.preventDefault();
            shownQuery = ['q', 'label', 'department', 'sort'].map(function (name) {
                return name + '=' + encodeURIComponent(filters.elements[name].value);
            }).join('&');
            fetchPage('');
        });
        window.OutLoud.more.wire(more, fetchPage);
        var create = directory.querySelector('.outloud-directory-create-form');
        var toggle = directory.querySelector('.outloud-directory-create-toggle');
        if (toggle && create) {
            toggle.addEventListener('click', function () {
                var open = toggle.getAttribute('aria-expanded') !== 'true';
                toggle.setAttribute('aria-expanded', String(open));
                create.hidden = !open;
                if (open) {
                    create.elements.name.focus();
                }
            });
        }
        if (create) {
            create.addEventListener('submit', function (event) {
                event.preventDefault();
                var message = create.querySelector('.outloud-directory-create-message');
                var button = create.querySelector('button');
                button.disabled = true;
                window.OutLoud.rest('POST', AJS.contextPath() + '/rest/outloud/1.0/communities', {
                    name: create.elements.name.value,
                    curiosity: create.elements.curiosity.value,
                    access: create.querySelector('input[name="access"]:checked').value
                }).then(function (made) {
                    window.location.assign(AJS.contextPath() + made.path);
                }).catch(function (error) {
                    button.disabled = false;
                    message.textContent = error && error.serverMessage ? error.serverMessage : TEXT.failed;
                    create.elements.name.focus();
                });
            });
        }
        directory.setAttribute('data-outloud-ready', 'true');
    }

    function start() {
        document.querySelectorAll('.outloud-community-directory').forEach(function (directory) {
            if (directory.getAttribute('data-outloud-ready') !== 'true') {
                wire(directory);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
