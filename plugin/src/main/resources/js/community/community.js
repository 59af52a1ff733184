/*
 * A community: joining, leaving, the leads' management (requests, invitations, handing over, removing), more members
 * by department, and asking the community. A change of membership reloads the page, so that every count, list and
 * button is the server's; the message and the focus come back to the community after the reload. Everything people
 * wrote is built as DOM text nodes, never as markup.
 */
(function () {
    'use strict';

    var TEXT = {
        failed: AJS.I18n.getText('outloud.community.error.failed'),
        openTo: AJS.I18n.getText('outloud.community.open-to'),
        handOver: AJS.I18n.getText('outloud.community.hand-over'),
        remove: AJS.I18n.getText('outloud.community.remove'),
        lead: AJS.I18n.getText('outloud.community.lead'),
        noDepartment: AJS.I18n.getText('outloud.people.no-department'),
        showAll: AJS.I18n.getText('outloud.community.filter.all')
    };
    var AFTER_RELOAD = 'outloud-community-after-reload';

    function baseUrl(community) {
        return AJS.contextPath() + '/rest/outloud/1.0/communities/' + encodeURIComponent(community.getAttribute('data-community-key'));
    }

    function say(community, error, text) {
        var line = community.querySelector('.outloud-community-message') || community.querySelector('.outloud-community-filter-state');
        if (line) {
            line.textContent = error ? (error.serverMessage ? error.serverMessage : TEXT.failed) : (text || '');
        }
    }

    /** Reloads the page, then says {@code text} in the community and gives it the focus. */
    function reloadSaying(community, text) {
        try {
            window.sessionStorage.setItem(AFTER_RELOAD, JSON.stringify({key: community.getAttribute('data-community-key'), text: text || ''}));
        } catch (ignored) {
            // Private windows may refuse storage: the reload still shows the new state.
        }
        window.location.reload();
    }

    function restoreAfterReload() {
        var saved;
        try {
            saved = JSON.parse(window.sessionStorage.getItem(AFTER_RELOAD) || 'null');
            window.sessionStorage.removeItem(AFTER_RELOAD);
        } catch (ignored) {
            return;
        }
        if (!saved) {
            return;
        }
        document.querySelectorAll('.outloud-community').forEach(function (community) {
            if (community.getAttribute('data-community-key') !== saved.key) {
                return;
            }
            say(community, null, saved.text);
            var focus = community.querySelector('.outloud-community-actions button') || community.querySelector('h3');
            if (focus) {
                if (!focus.matches('button')) {
                    focus.setAttribute('tabindex', '-1');
                }
                focus.focus();
            }
        });
    }

    function act(community, button, method, path, body) {
        button.disabled = true;
        window.OutLoud.rest(method, baseUrl(community) + path, body).then(function (answer) {
            reloadSaying(community, answer && answer.message ? answer.message : '');
        }).catch(function (error) {
            button.disabled = false;
            say(community, error);
        });
    }

    function userKeyOf(button) {
        var row = button.closest('[data-user-key]');
        return row ? row.getAttribute('data-user-key') : '';
    }

    function nameOf(button) {
        var row = button.closest('[data-user-key]');
        var name = row ? row.querySelector('.outloud-community-person-name') : null;
        return name ? name.textContent : '';
    }

    function linkButton(className, text) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'aui-button aui-button-link ' + className;
        button.textContent = text;
        return button;
    }

    /** A member as the list shows them; a lead gets the same buttons as on the first page (user keys come to leads only). */
    function memberItem(member, forLead) {
        var item = document.createElement('li');
        item.className = 'outloud-community-member';
        if (member.userKey) {
            item.setAttribute('data-user-key', member.userKey);
        }
        if (member.avatarUrl) {
            var avatar = document.createElement('img');
            avatar.className = 'outloud-avatar';
            avatar.src = member.avatarUrl;
            avatar.alt = '';
            avatar.width = 24;
            avatar.height = 24;
            item.appendChild(avatar);
        }
        var name = document.createElement('span');
        name.className = 'outloud-community-person-name';
        name.textContent = member.name || '';
        item.appendChild(name);
        if (member.lead) {
            var lozenge = document.createElement('span');
            lozenge.className = 'aui-lozenge aui-lozenge-subtle';
            lozenge.textContent = TEXT.lead;
            item.appendChild(document.createTextNode(' '));
            item.appendChild(lozenge);
        }
        if (member.openTo) {
            var openTo = document.createElement('span');
            openTo.className = 'outloud-community-open-to';
            openTo.textContent = TEXT.openTo + ' ' + member.openTo;
            item.appendChild(document.createTextNode(' '));
            item.appendChild(openTo);
        }
        if (forLead && member.userKey && !member.lead) {
            item.appendChild(document.createTextNode(' '));
            item.appendChild(linkButton('outloud-community-hand-over', TEXT.handOver));
            item.appendChild(document.createTextNode(' '));
            item.appendChild(linkButton('outloud-community-remove', TEXT.remove));
        }
        return item;
    }

    /** Adds members to the groups shown, continuing the last group when the department goes on. */
    function appendMembers(community, members, forLead) {
        var groups = community.querySelector('.outloud-community-member-groups');
        members.forEach(function (member) {
            // Grouped by the department the list is ordered by (as recorded), so that a page goes on where the last ended.
            var department = member.group || '';
            var last = groups.lastElementChild;
            if (!last || last.getAttribute('data-department') !== department) {
                last = document.createElement('section');
                last.className = 'outloud-community-group';
                last.setAttribute('data-department', department);
                var heading = document.createElement('h5');
                heading.textContent = department || TEXT.noDepartment;
                var list = document.createElement('ul');
                list.className = 'outloud-community-member-list';
                last.appendChild(heading);
                last.appendChild(list);
                groups.appendChild(last);
            }
            last.querySelector('ul').appendChild(memberItem(member, forLead));
        });
    }

    function loadMembers(community, department, offset, replace) {
        var more = community.querySelector('.outloud-community-more');
        var query = '?offset=' + offset + '&limit=30' + (department !== null ? '&department=' + encodeURIComponent(department) : '');
        return window.OutLoud.rest('GET', baseUrl(community) + '/members' + query).then(function (page) {
            if (replace) {
                community.querySelector('.outloud-community-member-groups').textContent = '';
            }
            appendMembers(community, page.members, page.lead === true);
            if (!more && page.next !== null) {
                more = document.createElement('button');
                more.type = 'button';
                more.className = 'aui-button outloud-community-more';
                more.textContent = AJS.I18n.getText('outloud.community.more');
                community.querySelector('.outloud-community-members').appendChild(more);
                more.addEventListener('click', onMore);
            }
            if (more) {
                more.hidden = page.next === null;
                more.setAttribute('data-offset', page.next === null ? '' : String(page.next));
                if (department !== null) {
                    more.setAttribute('data-department', department);
                } else {
                    more.removeAttribute('data-department');
                }
            }
        });
    }

    function onMore(event) {
        var more = event.currentTarget;
        var community = more.closest('.outloud-community');
        more.disabled = true;
        var department = more.hasAttribute('data-department') ? more.getAttribute('data-department') : null;
        loadMembers(community, department, Number(more.getAttribute('data-offset')), false).catch(function (error) {
            say(community, error);
        }).then(function () {
            more.disabled = false;
        });
    }

    function filterBy(community, button) {
        var department = button.getAttribute('data-department');
        var state = community.querySelector('.outloud-community-filter-state');
        loadMembers(community, department, 0, true).then(function () {
            state.textContent = '';
            state.appendChild(document.createTextNode(AJS.I18n.getText('outloud.community.filter.showing', department) + ' '));
            var all = document.createElement('button');
            all.type = 'button';
            all.className = 'aui-button aui-button-link outloud-community-filter-all';
            all.textContent = TEXT.showAll;
            all.addEventListener('click', function () {
                loadMembers(community, null, 0, true).then(function () {
                    state.textContent = '';
                    button.focus();
                }).catch(function (error) {
                    say(community, error);
                });
            });
            state.appendChild(all);
            all.focus();
        }).catch(function (error) {
            say(community, error);
        });
    }

    function askItem(ask) {
        var item = document.createElement('li');
        item.className = 'outloud-community-ask';
        var by = document.createElement('span');
        by.className = 'outloud-community-ask-by';
        by.textContent = ask.byText;
        var text = document.createElement('p');
        text.className = 'outloud-community-ask-text';
        text.textContent = ask.text;
        item.appendChild(by);
        item.appendChild(text);
        if (ask.removable) {
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'aui-button aui-button-link outloud-community-ask-remove';
            remove.setAttribute('data-ask-id', String(ask.id));
            remove.setAttribute('aria-label', ask.removeLabel);
            remove.textContent = AJS.I18n.getText('outloud.community.ask.remove');
            item.appendChild(remove);
        }
        return item;
    }

    /** Shows the community's asks as the server gives them now. */
    function showAsks(community, asks) {
        var list = community.querySelector('.outloud-community-ask-list');
        list.textContent = '';
        asks.forEach(function (one) {
            list.appendChild(askItem(one));
        });
        var none = community.querySelector('.outloud-community-no-asks');
        if (none) {
            none.hidden = asks.length > 0;
        }
    }

    /** Removes an ask (its asker or a lead); the focus goes to the asks' heading, since the button is gone. */
    function removeAsk(community, button) {
        if (!window.confirm(AJS.I18n.getText('outloud.community.ask.remove.confirm'))) {
            return;
        }
        button.disabled = true;
        window.OutLoud.rest('DELETE', baseUrl(community) + '/asks/' + encodeURIComponent(button.getAttribute('data-ask-id'))).then(function (answer) {
            showAsks(community, answer.asks);
            say(community, null, answer.message);
            var heading = community.querySelector('.outloud-community-asks h4');
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        }).catch(function (error) {
            button.disabled = false;
            say(community, error);
        });
    }

    function wire(community) {
        if (community.getAttribute('data-outloud-ready') === 'true') {
            return;
        }
        community.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button || !community.contains(button)) {
                return;
            }
            if (button.classList.contains('outloud-community-join')) {
                act(community, button, 'PUT', '/members/me');
            } else if (button.classList.contains('outloud-community-leave')) {
                act(community, button, 'DELETE', '/members/me');
            } else if (button.classList.contains('outloud-community-approve')) {
                act(community, button, 'POST', '/requests/approve', {userKey: userKeyOf(button)});
            } else if (button.classList.contains('outloud-community-decline')) {
                act(community, button, 'POST', '/requests/decline', {userKey: userKeyOf(button)});
            } else if (button.classList.contains('outloud-community-hand-over')) {
                if (window.confirm(AJS.I18n.getText('outloud.community.hand-over.confirm', nameOf(button)))) {
                    act(community, button, 'POST', '/lead', {userKey: userKeyOf(button)});
                }
            } else if (button.classList.contains('outloud-community-remove')) {
                if (window.confirm(AJS.I18n.getText('outloud.community.remove.confirm', nameOf(button)))) {
                    act(community, button, 'DELETE', '/members/' + encodeURIComponent(userKeyOf(button)));
                }
            } else if (button.classList.contains('outloud-community-delete')) {
                if (window.confirm(AJS.I18n.getText('outloud.community.delete.confirm'))) {
                    act(community, button, 'DELETE', '');
                }
            } else if (button.classList.contains('outloud-community-ask-remove')) {
                removeAsk(community, button);
            } else if (button.classList.contains('outloud-community-filter')) {
                filterBy(community, button);
            }
        });
        var more = community.querySelector('.outloud-community-more');
        if (more) {
            more.addEventListener('click', onMore);
        }
        var invite = community.querySelector('.outloud-community-invite');
        if (invite) {
            invite.addEventListener('submit', function (event) {
                event.preventDefault();
                var field = invite.querySelector('input[name="username"]');
                act(community, invite.querySelector('button'), 'POST', '/invitations', {username: field.value});
            });
        }
        var ask = community.querySelector('.outloud-community-ask-form');
        if (ask) {
            ask.addEventListener('submit', function (event) {
                event.preventDefault();
                var field = ask.querySelector('textarea');
                var send = ask.querySelector('button');
                send.disabled = true;
                window.OutLoud.rest('POST', baseUrl(community) + '/asks', {text: field.value}).then(function (answer) {
                    showAsks(community, answer.asks);
                    field.value = '';
                    say(community, null, answer.message);
                    field.focus();
                }).catch(function (error) {
                    say(community, error);
                }).then(function () {
                    send.disabled = false;
                });
            });
        }
        community.setAttribute('data-outloud-ready', 'true');
    }

    function start() {
        document.querySelectorAll('.outloud-community').forEach(wire);
        restoreAfterReload();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
