/*
 * Working-out-loud block: reaction buttons toggle through the REST resource and update without a reload.
 * Texts come through AJS.I18n.getText, which the web-resource jsI18n transformer fills in per language.
 */
(function () {
    'use strict';

    var REACTION_FAILED = AJS.I18n.getText('outloud.wol.reaction.error.failed');
    var PEOPLE_FAILED = AJS.I18n.getText('outloud.wol.reaction.people.error');
    var NOBODY = AJS.I18n.getText('outloud.wol.reaction.people.none');
    var PREFERENCES = AJS.I18n.getText('outloud.settings.me.link');
    var MORE_PEOPLE = AJS.I18n.getText('outloud.wol.reaction.people.more');

    function restUrl(block) {
        return AJS.contextPath() + '/rest/outloud/1.0/blocks/' + encodeURIComponent(block.getAttribute('data-page-id')) +
            '/' + encodeURIComponent(block.getAttribute('data-macro-id')) + '/reactions';
    }

    function show(block, summary) {
        summary.reactions.forEach(function (reaction) {
            var button = block.querySelector('.outloud-reaction[data-kind="' + reaction.kind + '"]');
            if (!button) {
                return;
            }
            button.querySelector('.outloud-reaction-count').textContent = String(reaction.count);
            button.setAttribute('aria-pressed', reaction.mine ? 'true' : 'false');
            button.classList.toggle('outloud-reaction-mine', reaction.mine);
        });
    }

    /** A person as the list shows them: their name, and department where known. */
    function personText(person) {
        return (person.name || '') + (person.department ? ' (' + person.department + ')' : '');
    }

    /** Appends a page of names to a kind's list, comma-separated; returns the elements it added. */
    function appendNames(who, people) {
        return people.map(function (person) {
            if (who.children.length) {
                who.appendChild(document.createTextNode(', '));
            }
            var name = document.createElement('span');
            name.className = 'outloud-reactions-person';
            name.textContent = personText(person);
            who.appendChild(name);
            return name;
        });
    }

    /** One kind: its label, the first page of names, how many are not named, and "Show more" while names follow. */
    function groupItem(block, group) {
        var item = document.createElement('li');
        item.className = 'outloud-reactions-people-group';
        item.setAttribute('data-kind', group.kind);
        var label = document.createElement('strong');
        label.textContent = group.label + ': ';
        item.appendChild(label);
        var who = document.createElement('span');
        who.className = 'outloud-reactions-people-names';
        appendNames(who, group.people);
        item.appendChild(who);
        if (group.othersText) {
            var others = document.createElement('span');
            others.className = 'outloud-reactions-people-others';
            others.textContent = (group.people.length ? ', ' : '') + group.othersText;
            item.appendChild(others);
        }
        var more = OutLoud.button(MORE_PEOPLE, 'aui-button-link outloud-reactions-people-more');
        OutLoud.more.next(more, group.next);
        OutLoud.more.wire(more, function (cursor) {
            var url = restUrl(block) + '/people?kind=' + encodeURIComponent(group.kind) + '&cursor=' + encodeURIComponent(cursor);
            return OutLoud.rest('GET', url).then(function (answer) {
                var page = answer.groups[0];
                OutLoud.more.next(more, page.next);
                return appendNames(who, page.people);
            }).catch(function (error) {
                block.querySelector('.outloud-reactions-people-message').textContent =
                    error && error.serverMessage ? error.serverMessage : PEOPLE_FAILED;
            });
        });
        item.appendChild(document.createTextNode(' '));
        item.appendChild(more);
        return item;
    }

    /** Who reacted, per kind: the names the server sends (it applies the site's rule), then how many others. */
    function showPeople(block) {
        var panel = block.querySelector('.outloud-reactions-people');
        var list = panel.querySelector('.outloud-reactions-people-list');
        var status = panel.querySelector('.outloud-reactions-people-message');
        OutLoud.rest('GET', restUrl(block) + '/people').then(function (answer) {
            list.textContent = '';
            status.textContent = '';
            answer.groups.filter(function (group) {
                return group.count > 0;
            }).forEach(function (group) {
                list.appendChild(groupItem(block, group));
            });
            if (!list.children.length) {
                status.textContent = NOBODY;
            }
            if (!panel.querySelector('.outloud-people-preferences')) {
                // Where names are shown, each person can choose not to be among them.
                var note = document.createElement('p');
                note.className = 'outloud-people-preferences';
                var link = document.createElement('a');
                link.href = AJS.contextPath() + '/plugins/servlet/outloud/me';
                link.textContent = PREFERENCES;
                note.appendChild(link);
                panel.appendChild(note);
            }
        }).catch(function (error) {
            status.textContent = error && error.serverMessage ? error.serverMessage : PEOPLE_FAILED;
        });
    }

    function message(block, text) {
        var status = block.querySelector('.outloud-block-message');
        if (status) {
            status.textContent = text;
        }
    }

    function toggle(block, button) {
        // Busy, not disabled: disabling the focused button would drop keyboard focus to the page.
        button.setAttribute('aria-disabled', 'true');
        OutLoud.rest('POST', restUrl(block), {kind: button.getAttribute('data-kind')}).then(function (summary) {
            show(block, summary);
            message(block, '');
            var people = block.querySelector('.outloud-reactions-people');
            if (people && !people.hidden) {
                showPeople(block);
            }
        }).catch(function (error) {
            // The server's messages are in the reader's language; browser errors ("Failed to fetch") are not.
            message(block, error && error.serverMessage ? error.serverMessage : REACTION_FAILED);
        }).then(function () {
            button.removeAttribute('aria-disabled');
        });
    }

    function init(block) {
        if (block.getAttribute('data-outloud-ready')) {
            return;
        }
        block.setAttribute('data-outloud-ready', 'true');
        block.addEventListener('click', function (event) {
            var who = event.target.closest('.outloud-reactions-who-toggle');
            if (who && block.contains(who)) {
                var panel = block.querySelector('.outloud-reactions-people');
                var open = who.getAttribute('aria-expanded') === 'true';
                who.setAttribute('aria-expanded', open ? 'false' : 'true');
                panel.hidden = open;
                if (!open) {
                    showPeople(block);
                }
                return;
            }
            var button = event.target.closest('.outloud-reaction');
            if (button && block.contains(button) && !button.disabled && button.getAttribute('aria-disabled') !== 'true') {
                toggle(block, button);
            }
        });
    }

    function initAll() {
        document.querySelectorAll('[data-outloud-macro="working-out-loud"][data-macro-id]:not([data-macro-id=""])').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
