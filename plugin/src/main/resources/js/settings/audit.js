/*
 * The privacy audit on the settings page: the newest 50 entries, then "Show more" a page at a time. Every text is set
 * as text (never as HTML): details and names come from people.
 */
(function () {
    'use strict';

    var PAGE = 50;

    function entryItem(entry) {
        var item = document.createElement('li');
        item.className = 'outloud-audit-entry';
        var when = document.createElement('time');
        when.setAttribute('datetime', entry.at);
        when.textContent = new Date(entry.at).toLocaleString();
        var what = document.createElement('strong');
        what.textContent = entry.what;
        item.appendChild(when);
        item.appendChild(document.createTextNode(' \u00b7 ' + entry.by + ' \u00b7 '));
        item.appendChild(what);
        var detail = [entry.detail, entry.about].filter(function (part) {
            return part;
        }).join(' \u00b7 ');
        if (detail) {
            item.appendChild(document.createTextNode(' \u00b7 ' + detail));
        }
        return item;
    }

    function wire(section) {
        var list = section.querySelector('.outloud-audit-entries');
        var empty = section.querySelector('.outloud-audit-empty');
        var more = section.querySelector('.outloud-audit-more');

        function fetchPage(cursor) {
            var url = AJS.contextPath() + '/rest/outloud/1.0/admin/audit?limit=' + PAGE + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
            return window.OutLoud.rest('GET', url).then(function (answer) {
                var added = answer.entries.map(function (entry) {
                    return list.appendChild(entryItem(entry));
                });
                empty.hidden = list.children.length > 0;
                section.setAttribute('data-audit-state', 'shown');
                window.OutLoud.more.next(more, answer.next);
                return added;
            }).catch(function (error) {
                empty.hidden = false;
                empty.textContent = error && error.serverMessage ? error.serverMessage : AJS.I18n.getText('outloud.audit.failed');
                section.setAttribute('data-audit-state', 'failed');
            });
        }

        window.OutLoud.more.wire(more, fetchPage);
        fetchPage('');
    }

    function initAll() {
        document.querySelectorAll('.outloud-audit').forEach(wire);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
