/*
 * Offers of help on a block that asks for it. A reader offers help with a short message and may withdraw it; the
 * block's author opens the offers (names, departments, messages: the server sends them to the author only) and
 * accepts one, which puts the block in "getting help" until the author reopens it ("still stuck"). The help line
 * ("Alice Janssens is helping. 1 other offer.") and a stuck block's lozenge are updated from each answer.
 * DOM is built with textContent.
 */
(function () {
    'use strict';

    var FAILED = AJS.I18n.getText('outloud.wol.help.error.failed');
    var ACCEPT = AJS.I18n.getText('outloud.wol.help.accept');
    var ACCEPTED = AJS.I18n.getText('outloud.wol.help.accepted');
    var NONE = AJS.I18n.getText('outloud.wol.help.none');

    function helpUrl(block, tail) {
        return AJS.contextPath() + '/rest/outloud/1.0/blocks/' + encodeURIComponent(block.getAttribute('data-page-id')) +
            '/' + encodeURIComponent(block.getAttribute('data-macro-id')) + '/help' + (tail || '');
    }

    function fail(help) {
        return function (error) {
            help.querySelector('.outloud-help-message').textContent = error && error.serverMessage ? error.serverMessage : FAILED;
        };
    }

    /**
     * Shows a board; with {@code appending}, its offers are the next page and go after those shown. Returns the offers
     * it added.
     */
    var STUCK_LOZENGES = {'stuck': 'aui-lozenge-error', 'getting-help': 'aui-lozenge-moved'};

    /** A stuck block reads "getting help" while an offer is accepted; other statuses are the author's own. */
    function showStatus(block, board) {
        var now = Object.keys(STUCK_LOZENGES).filter(function (code) {
            return block.classList.contains('outloud-status-' + code);
        })[0];
        var lozenge = block.querySelector('.outloud-block-status');
        if (!now || !lozenge || !board.statusCode || now === board.statusCode) {
            return;
        }
        block.classList.replace('outloud-status-' + now, 'outloud-status-' + board.statusCode);
        lozenge.classList.replace(STUCK_LOZENGES[now], STUCK_LOZENGES[board.statusCode]);
        lozenge.textContent = board.statusLabel;
    }

    function show(block, help, board, appending) {
        help.querySelector('.outloud-help-helper').textContent = board.helperText || '';
        help.querySelector('.outloud-help-count').textContent = board.countText || '';
        help.querySelector('.outloud-help-message').textContent = '';
        showStatus(block, board);
        var mine = help.querySelector('.outloud-help-mine');
        if (mine) {
            mine.hidden = !board.mine || !!board.helping;
            help.querySelector('.outloud-help-toggle').hidden = !board.mayOffer;
        }
        var reopen = help.querySelector('.outloud-help-reopen');
        if (reopen) {
            reopen.hidden = !board.gettingHelp;
        }
        var thank = help.querySelector('.outloud-thank');
        if (thank) {
            // the thank button follows the acceptance: the helper accepted now is the one to thank
            thank.setAttribute('data-id', board.helper ? String(board.helper.offerId) : '0');
            thank.hidden = !board.gettingHelp || !board.helper;
            if (window.OutLoud.thanks) {
                window.OutLoud.thanks.check();
            }
        }
        var list = help.querySelector('.outloud-help-offers');
        if (list && board.author) {
            if (!appending) {
                list.textContent = '';
            }
            var added = board.offers.map(function (offer) {
                return list.appendChild(offerItem(block, help, offer));
            });
            OutLoud.more.next(help.querySelector('.outloud-help-more'), board.next);
            if (!board.offers.length && !appending) {
                var empty = document.createElement('li');
                empty.textContent = NONE;
                list.appendChild(empty);
            }
            return added;
        }
        return [];
    }

    function offerItem(block, help, offer) {
        var item = document.createElement('li');
        item.className = 'outloud-help-offer';
        var who = document.createElement('strong');
        who.className = 'outloud-help-offer-name';
        who.textContent = offer.helper.name || '';
        item.appendChild(who);
        if (offer.helper.department) {
            var department = document.createElement('span');
            department.className = 'outloud-help-offer-department';
            department.textContent = ' (' + offer.helper.department + ')';
            item.appendChild(department);
        }
        var message = document.createElement('p');
        message.className = 'outloud-help-offer-message';
        message.textContent = offer.message;
        item.appendChild(message);
        if (offer.accepted) {
            var accepted = document.createElement('span');
            accepted.className = 'aui-lozenge aui-lozenge-success';
            accepted.textContent = ACCEPTED;
            item.appendChild(accepted);
        } else {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button outloud-help-accept';
            button.textContent = ACCEPT;
            button.setAttribute('aria-label', ACCEPT + ': ' + (offer.helper.name || ''));
            button.addEventListener('click', function () {
                button.disabled = true;
                OutLoud.rest('POST', helpUrl(block, '/' + encodeURIComponent(offer.id) + '/accept')).then(function (board) {
                    show(block, help, board);
                }).catch(function (error) {
                    button.disabled = false;
                    fail(help)(error);
                });
            });
            item.appendChild(button);
        }
        return item;
    }

    function init(block) {
        var help = block.querySelector('.outloud-help');
        if (!help) {
            return;
        }
        var showButton = help.querySelector('.outloud-help-show');
        if (showButton) {
            var panel = help.querySelector('.outloud-help-panel');
            showButton.addEventListener('click', function () {
                var open = showButton.getAttribute('aria-expanded') === 'true';
                showButton.setAttribute('aria-expanded', open ? 'false' : 'true');
                panel.hidden = open;
                if (!open) {
                    OutLoud.rest('GET', helpUrl(block)).then(function (board) {
                        show(block, help, board);
                    }).catch(fail(help));
                }
            });
        }
        var reopen = help.querySelector('.outloud-help-reopen');
        if (reopen) {
            reopen.addEventListener('click', function () {
                reopen.disabled = true;
                OutLoud.rest('POST', helpUrl(block, '/reopen')).then(function (board) {
                    reopen.disabled = false;
                    show(block, help, board); // the answer holds the offers' first page, now all open again
                }).catch(function (error) {
                    reopen.disabled = false;
                    fail(help)(error);
                });
            });
        }
        var more = help.querySelector('.outloud-help-more');
        if (more) {
            OutLoud.more.wire(more, function (cursor) {
                return OutLoud.rest('GET', helpUrl(block, '?cursor=' + encodeURIComponent(cursor))).then(function (board) {
                    return show(block, help, board, true);
                }).catch(fail(help));
            });
        }
        var toggle = help.querySelector('.outloud-help-toggle');
        if (!toggle) {
            return;
        }
        var form = help.querySelector('.outloud-help-form');
        var text = help.querySelector('.outloud-help-text');
        toggle.addEventListener('click', function () {
            var open = toggle.getAttribute('aria-expanded') === 'true';
            toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
            form.hidden = open;
            if (!open) {
                text.focus();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            OutLoud.rest('POST', helpUrl(block), {message: text.value}).then(function (board) {
                text.value = '';
                form.hidden = true;
                toggle.setAttribute('aria-expanded', 'false');
                show(block, help, board);
            }).catch(fail(help));
        });
        help.querySelector('.outloud-help-withdraw').addEventListener('click', function () {
            OutLoud.rest('DELETE', helpUrl(block)).then(function (board) {
                show(block, help, board);
            }).catch(fail(help));
        });
    }

    function initAll() {
        Array.prototype.slice.call(
            document.querySelectorAll('[data-outloud-macro="working-out-loud"][data-macro-id]:not([data-macro-id=""])')).forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
