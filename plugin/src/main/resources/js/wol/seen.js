/*
 * Seen-by: a block that has been at least half in view for 1.5 seconds is recorded as seen by the reader (the
 * server decides whether it counts: never the author, once a day), and its line is updated from the answer. Blocks
 * that come into view together are sent in one call per page.
 * The author can ask who has seen it; the server sends only the names they may see, a page at a time ("Show more").
 * DOM is built with textContent.
 */
(function () {
    'use strict';

    var VISIBLE_RATIO = 0.5;
    var DWELL_MS = 1500;
    var GATHER_MS = 150;
    var MAX_AT_ONCE = 50; // the server's limit per call
    var FAILED = AJS.I18n.getText('outloud.wol.seen.error.failed');
    var NAMES_HIDDEN = AJS.I18n.getText('outloud.wol.seen.names-hidden');
    var NOBODY_NAMED = AJS.I18n.getText('outloud.wol.seen.nobody-named');
    var MORE = AJS.I18n.getText('outloud.wol.seen.more');

    function seenUrl(block) {
        return AJS.contextPath() + '/rest/outloud/1.0/blocks/' + encodeURIComponent(block.getAttribute('data-page-id')) +
            '/' + encodeURIComponent(block.getAttribute('data-macro-id')) + '/seen';
    }

    function showLine(block, json) {
        var line = block.querySelector('.outloud-seen-line');
        if (line && typeof json.text === 'string') {
            line.textContent = json.text;
        }
    }

    /** Blocks whose moment in view is over, waiting for the next call (blocks that come into view together go in one). */
    var due = [];
    var flushing = null;

    function record(block) {
        block.setAttribute('data-seen-state', 'sending');
        due.push(block);
        if (!flushing) {
            flushing = setTimeout(flush, GATHER_MS);
        }
    }

    function flush() {
        flushing = null;
        var byPage = new Map();
        due.splice(0).forEach(function (block) {
            var pageId = block.getAttribute('data-page-id');
            if (!byPage.has(pageId)) {
                byPage.set(pageId, []);
            }
            byPage.get(pageId).push(block);
        });
        byPage.forEach(function (blocks, pageId) {
            for (var start = 0; start < blocks.length; start += MAX_AT_ONCE) {
                send(pageId, blocks.slice(start, start + MAX_AT_ONCE));
            }
        });
    }

    function send(pageId, blocks) {
        var url = AJS.contextPath() + '/rest/outloud/1.0/pages/' + encodeURIComponent(pageId) + '/seen';
        var macroIds = blocks.map(function (block) {
            return block.getAttribute('data-macro-id');
        });
        OutLoud.rest('POST', url, {macroIds: macroIds}).then(function (json) {
            var views = new Map(json.views.map(function (view) {
                return [view.macroId, view];
            }));
            blocks.forEach(function (block) {
                var view = views.get(block.getAttribute('data-macro-id'));
                if (view) {
                    showLine(block, view);
                }
                block.setAttribute('data-seen-state', view && view.recorded ? 'recorded' : 'known');
            });
        }).catch(function () {
            blocks.forEach(function (block) {
                block.setAttribute('data-seen-state', 'failed'); // quietly: a missed view is no error for the reader
            });
        });
    }

    function watch(blocks) {
        if (!blocks.length || typeof IntersectionObserver !== 'function') {
            return;
        }
        var timers = new Map();
        var observer = new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
                var block = entry.target;
                if (entry.isIntersecting && entry.intersectionRatio >= VISIBLE_RATIO) {
                    if (!timers.has(block)) {
                        block.setAttribute('data-seen-state', 'waiting');
                        timers.set(block, setTimeout(function () {
                            timers.delete(block);
                            observer.unobserve(block);
                            record(block);
                        }, DWELL_MS));
                    }
                } else if (timers.has(block)) {
                    clearTimeout(timers.get(block));
                    timers.delete(block);
                    block.removeAttribute('data-seen-state');
                }
            });
        }, {threshold: [0, VISIBLE_RATIO, 1]});
        blocks.forEach(function (block) {
            observer.observe(block);
        });
    }

    /** Shows a page of names (after those shown when appending); returns the items it added. */
    function showNames(block, json, append) {
        var list = block.querySelector('.outloud-seen-names');
        var message = block.querySelector('.outloud-seen-message');
        if (!append) {
            list.textContent = '';
        }
        showLine(block, json);
        var added = json.names.map(function (person) {
            var item = document.createElement('li');
            item.textContent = person.department ? person.name + ' (' + person.department + ')' : person.name;
            list.appendChild(item);
            return item;
        });
        OutLoud.more.next(moreButton(block), json.namesShown ? json.next : null);
        message.textContent = !json.namesShown ? NAMES_HIDDEN : (list.children.length || json.next ? '' : NOBODY_NAMED);
        return added;
    }

    /** "Show more" under the names, made here once (the block's markup stays as the server renders it). */
    function moreButton(block) {
        var button = block.querySelector('.outloud-seen-more');
        if (!button) {
            button = OutLoud.button(MORE, 'outloud-seen-more');
            button.hidden = true;
            block.querySelector('.outloud-seen-names').insertAdjacentElement('afterend', button);
            OutLoud.more.wire(button, function (cursor) {
                return OutLoud.rest('GET', seenUrl(block) + '?cursor=' + encodeURIComponent(cursor)).then(function (json) {
                    return showNames(block, json, true);
                }).catch(failed(block));
            });
        }
        return button;
    }

    function failed(block) {
        return function (error) {
            block.querySelector('.outloud-seen-message').textContent = error && error.serverMessage ? error.serverMessage : FAILED;
        };
    }

    function initWho(block) {
        var button = block.querySelector('.outloud-seen-who');
        if (!button) {
            return;
        }
        var panel = block.querySelector('.outloud-seen-panel');
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') === 'true';
            button.setAttribute('aria-expanded', open ? 'false' : 'true');
            panel.hidden = open;
            if (open) {
                return;
            }
            OutLoud.rest('GET', seenUrl(block)).then(function (json) {
                showNames(block, json, false);
            }).catch(failed(block));
        });
    }

    function initAll() {
        var blocks = Array.prototype.slice.call(
            document.querySelectorAll('[data-outloud-macro="working-out-loud"][data-macro-id]:not([data-macro-id=""])'));
        blocks.forEach(initWho);
        watch(blocks.filter(function (block) {
            return block.querySelector('.outloud-seen[data-seen-record="true"]') !== null;
        }));
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
