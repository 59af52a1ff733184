/*
 * Half-finished thoughts: the feedback the reader may see (loaded from the server, which decides what that is),
 * giving, editing and deleting one's own feedback, the author taking feedback in, and moving the thought's stage.
 * Everything people wrote is built as DOM text nodes, never as markup.
 */
(function () {
    'use strict';

    var TEXT = {
        failed: AJS.I18n.getText('outloud.thought.error.failed'),
        colleague: AJS.I18n.getText('outloud.thought.feedback.colleague'),
        youUnnamed: AJS.I18n.getText('outloud.thought.feedback.you-unnamed'),
        edit: AJS.I18n.getText('outloud.thought.feedback.edit'),
        remove: AJS.I18n.getText('outloud.thought.feedback.delete'),
        save: AJS.I18n.getText('outloud.thought.feedback.save'),
        cancel: AJS.I18n.getText('outloud.thought.feedback.cancel'),
        edited: AJS.I18n.getText('outloud.thought.feedback.edited'),
        editLabel: AJS.I18n.getText('outloud.thought.feedback.edit-label'),
        kindLabel: AJS.I18n.getText('outloud.thought.feedback.kind-label'),
        takeIn: AJS.I18n.getText('outloud.thought.feedback.take-in'),
        thank: AJS.I18n.getText('outloud.thanks.button'),
        historyShow: AJS.I18n.getText('outloud.thought.history.show'),
        historyHide: AJS.I18n.getText('outloud.thought.history.hide'),
        confirmTitle: AJS.I18n.getText('outloud.thought.stage.confirm.title')
    };
    var dialogs = 0;

    function baseUrl(thought) {
        return AJS.contextPath() + '/rest/outloud/1.0/thoughts/' + encodeURIComponent(thought.getAttribute('data-page-id')) +
            '/' + encodeURIComponent(thought.getAttribute('data-macro-id'));
    }

    function say(thought, error, text) {
        var line = thought.querySelector('.outloud-thought-message');
        if (line) {
            line.textContent = error ? (error.serverMessage ? error.serverMessage : TEXT.failed) : (text || '');
        }
    }

    function span(className, text) {
        var element = document.createElement('span');
        element.className = className;
        element.textContent = text;
        return element;
    }

    function render(thought, item, readOnly) {
        var entry = document.createElement('li');
        entry.className = 'outloud-feedback-item' + (item.canTakeIn ? ' outloud-feedback-open' : '');
        entry.setAttribute('data-feedback-id', String(item.id));
        var header = document.createElement('div');
        header.className = 'outloud-feedback-header';
        header.appendChild(span('aui-lozenge aui-lozenge-subtle outloud-feedback-kind', item.kindLabel));
        var who = item.giver && item.giver.name ? item.giver.name : TEXT.colleague;
        if (item.mine && item.unnamed) {
            who = TEXT.youUnnamed;
        }
        var name = document.createElement('strong');
        name.className = 'outloud-feedback-giver';
        name.textContent = who;
        header.appendChild(name);
        if (item.giver && item.giver.department && !item.unnamed) {
            header.appendChild(span('outloud-feedback-department', ' ' + item.giver.department));
        }
        if (item.edited) {
            header.appendChild(span('outloud-feedback-edited', ' (' + TEXT.edited + ')'));
        }
        entry.appendChild(header);
        if (item.segments && item.segments.length) {
            var text = document.createElement('p');
            text.className = 'outloud-feedback-text';
            text.appendChild(OutLoud.textNodes(item.segments));
            entry.appendChild(text);
        }
        if (item.thanksText) {
            var thanks = document.createElement('p');
            thanks.className = 'outloud-feedback-thanks';
            thanks.textContent = item.thanksText;
            entry.appendChild(thanks);
        }
        if (!readOnly) {
            entry.appendChild(actions(thought, entry, item));
        }
        if (item.takenIn && !item.mine && thought.querySelector('.outloud-thought-mine')) {
            // the thought's author (only they get the link to their thoughts) may thank the giver: js/thanks/thank.js
            var thank = OutLoud.button(TEXT.thank, 'outloud-thank');
            thank.setAttribute('data-occasion', 'feedback');
            thank.setAttribute('data-id', String(item.id));
            entry.appendChild(thank);
            if (OutLoud.thanks) {
                OutLoud.thanks.check();
            }
        }
        return entry;
    }

    function actions(thought, entry, item) {
        var box = document.createElement('div');
        box.className = 'outloud-feedback-actions';
        if (item.canTakeIn) {
            var take = OutLoud.button(TEXT.takeIn, 'outloud-feedback-take-in');
            take.addEventListener('click', function () {
                take.disabled = true;
                OutLoud.rest('POST', baseUrl(thought) + '/feedback/' + item.id + '/taken-in').then(function (taken) {
                    // the thanks shows in the item, which takes the focus (and is read out): not a second time below
                    focus(replace(entry, render(thought, taken, false)));
                    say(thought, null);
                }).catch(function (error) {
                    take.disabled = false;
                    say(thought, error);
                });
            });
            box.appendChild(take);
        }
        if (item.mine) {
            var edit = OutLoud.button(TEXT.edit, 'outloud-feedback-edit');
            var remove = OutLoud.button(TEXT.remove, 'outloud-feedback-delete');
            edit.addEventListener('click', function () {
                editInPlace(thought, entry, item);
            });
            remove.addEventListener('click', function () {
                OutLoud.rest('DELETE', baseUrl(thought) + '/feedback/' + item.id).then(function () {
                    var next = entry.nextElementSibling || entry.previousElementSibling;
                    var list = entry.parentNode;
                    entry.remove();
                    focus(next || list); // keyboard users keep their place
                    count(thought, -1);
                    say(thought, null);
                }).catch(function (error) {
                    say(thought, error);
                });
            });
            box.appendChild(edit);
            box.appendChild(remove);
        }
        return box;
    }

    function replace(old, replacement) {
        old.replaceWith(replacement);
        return replacement;
    }

    /** Moves the keyboard focus to an element that is not a control (an item, the list) without a visible outline change. */
    function focus(element) {
        if (element) {
            element.setAttribute('tabindex', '-1');
            element.focus();
        }
    }

    function kindSelect(thought, selected) {
        var select = document.createElement('select');
        select.className = 'select outloud-feedback-edit-kind';
        select.setAttribute('aria-label', TEXT.kindLabel);
        thought.querySelectorAll('.outloud-feedback-kinds input[type=radio]').forEach(function (radio) {
            var option = document.createElement('option');
            option.value = radio.value;
            option.textContent = thought.querySelector('label[for="' + radio.id + '"]').textContent;
            option.selected = radio.value === selected;
            select.appendChild(option);
        });
        return select;
    }

    function editInPlace(thought, entry, item) {
        var form = document.createElement('form');
        form.className = 'aui outloud-feedback-edit-form';
        var kinds = kindSelect(thought, item.kind);
        var area = document.createElement('textarea');
        area.className = 'textarea';
        area.maxLength = 2000;
        area.value = item.text;
        area.setAttribute('aria-label', TEXT.editLabel);
        var save = OutLoud.button(TEXT.save, 'aui-button-primary');
        save.type = 'submit';
        var cancel = OutLoud.button(TEXT.cancel, '');
        if (kinds.options.length) {
            form.appendChild(kinds);
        }
        form.appendChild(area);
        form.appendChild(save);
        form.appendChild(cancel);
        var replacement = document.createElement('li');
        replacement.className = 'outloud-feedback-item';
        replacement.appendChild(form);
        entry.replaceWith(replacement);
        area.focus();
        cancel.addEventListener('click', function () {
            replacement.replaceWith(entry);
            entry.querySelector('.outloud-feedback-edit').focus();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var kind = kinds.options.length ? kinds.value : item.kind;
            OutLoud.rest('PUT', baseUrl(thought) + '/feedback/' + item.id, {kind: kind, text: area.value}).then(function (updated) {
                focus(replace(replacement, render(thought, updated, false)));
                say(thought, null);
            }).catch(function (error) {
                say(thought, error);
            });
        });
    }

    function count(thought, delta) {
        var counter = thought.querySelector('.outloud-feedback-count');
        if (counter) {
            counter.textContent = String(Math.max(0, parseInt(counter.textContent, 10) + delta));
        }
    }

    /** The first page of the feedback (replacing what is shown), or the page at {@code cursor} appended to it. */
    function load(thought, readOnly, cursor) {
        var url = baseUrl(thought) + '/feedback' + (cursor ? '?cursor=' + encodeURIComponent(cursor) : '');
        return OutLoud.rest('GET', url).then(function (board) {
            var list = thought.querySelector('.outloud-feedback-list');
            if (!cursor) {
                list.textContent = '';
            }
            var hidden = list.querySelector('.outloud-feedback-hidden');
            var added = board.items.filter(function (item) {
                // one given here since the first page came is shown already
                return !list.querySelector('[data-feedback-id="' + item.id + '"]');
            }).map(function (item) {
                return list.insertBefore(render(thought, item, readOnly), hidden);
            });
            var counter = thought.querySelector('.outloud-feedback-count');
            if (counter) {
                counter.textContent = String(board.total);
            }
            if (board.hiddenText && !hidden) {
                var note = document.createElement('li');
                note.className = 'outloud-feedback-hidden';
                note.textContent = board.hiddenText;
                list.appendChild(note);
            }
            OutLoud.more.next(thought.querySelector('.outloud-feedback-more'), board.next);
            thought.setAttribute('data-loaded', 'true');
            return added;
        }).catch(function (error) {
            say(thought, error);
        });
    }

    function initMore(thought, readOnly) {
        OutLoud.more.wire(thought.querySelector('.outloud-feedback-more'), function (cursor) {
            return load(thought, readOnly, cursor);
        });
    }

    function initForm(thought) {
        var form = thought.querySelector('.outloud-feedback-form');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var chosen = form.querySelector('.outloud-feedback-kinds input:checked');
            var area = form.querySelector('.outloud-feedback-text');
            var unnamed = form.querySelector('.outloud-feedback-unnamed');
            var submit = form.querySelector('button[type=submit]');
            submit.disabled = true;
            OutLoud.rest('POST', baseUrl(thought) + '/feedback', {
                kind: chosen ? chosen.value : '', text: area.value, unnamed: !!(unnamed && unnamed.checked)
            }).then(function (item) {
                var list = thought.querySelector('.outloud-feedback-list');
                var hidden = list.querySelector('.outloud-feedback-hidden');
                list.insertBefore(render(thought, item, false), hidden);
                area.value = '';
                if (unnamed) {
                    unnamed.checked = false;
                }
                count(thought, 1);
                say(thought, null, item.sentText);
            }).catch(function (error) {
                say(thought, error);
            }).then(function () {
                submit.disabled = false;
            });
        });
    }

    /**
     * An AUI dialog that asks before a step that is not easily taken back (ripening) or that is someone else's (on the
     * author's behalf); its action is the button's own label. Focus returns to the button when it closes.
     */
    function confirmMove(move, text, onConfirm) {
        var id = 'outloud-thought-confirm-' + (++dialogs);
        var dialog = document.createElement('section');
        dialog.id = id;
        dialog.className = 'aui-dialog2 aui-dialog2-small aui-layer outloud-thought-confirm';
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-modal', 'true');
        dialog.setAttribute('aria-labelledby', id + '-title');
        dialog.setAttribute('aria-describedby', id + '-text');
        dialog.hidden = true;
        var header = document.createElement('header');
        header.className = 'aui-dialog2-header';
        var title = document.createElement('h2');
        title.className = 'aui-dialog2-header-main';
        title.id = id + '-title';
        title.textContent = TEXT.confirmTitle;
        header.appendChild(title);
        var content = document.createElement('div');
        content.className = 'aui-dialog2-content';
        var paragraph = document.createElement('p');
        paragraph.id = id + '-text';
        paragraph.textContent = text;
        content.appendChild(paragraph);
        var footer = document.createElement('footer');
        footer.className = 'aui-dialog2-footer';
        var actions = document.createElement('div');
        actions.className = 'aui-dialog2-footer-actions';
        var confirm = OutLoud.button(move.textContent, 'aui-button-primary outloud-thought-confirm-ok');
        var cancel = OutLoud.button(TEXT.cancel, 'aui-button-link outloud-thought-confirm-cancel');
        actions.appendChild(confirm);
        actions.appendChild(cancel);
        footer.appendChild(actions);
        dialog.appendChild(header);
        dialog.appendChild(content);
        dialog.appendChild(footer);
        document.body.appendChild(dialog);
        var aui = AJS.dialog2(dialog);
        var confirmed = false;
        aui.on('hide', function () {
            dialog.remove();
            if (!confirmed) {
                move.focus();
            }
        });
        confirm.addEventListener('click', function () {
            confirmed = true;
            aui.hide();
            onConfirm();
        });
        cancel.addEventListener('click', function () {
            aui.hide();
        });
        aui.show();
        confirm.focus();
    }

    function initMoves(thought) {
        var behalf = thought.querySelector('.outloud-thought-behalf-toggle');
        if (behalf) {
            var steps = document.getElementById(behalf.getAttribute('aria-controls'));
            behalf.addEventListener('click', function () {
                var open = behalf.getAttribute('aria-expanded') === 'true';
                behalf.setAttribute('aria-expanded', open ? 'false' : 'true');
                steps.hidden = open;
            });
        }
        thought.querySelectorAll('.outloud-thought-move').forEach(function (move) {
            function send() {
                move.disabled = true;
                OutLoud.rest('POST', baseUrl(thought) + '/stage', {
                    stage: move.getAttribute('data-stage'), onBehalf: move.getAttribute('data-on-behalf') === 'true'
                }).then(function () {
                    window.location.reload(); // a ripe thought renders as ordinary content: the page shows it at once
                }).catch(function (error) {
                    move.disabled = false;
                    say(thought, error);
                });
            }
            move.addEventListener('click', function () {
                var text = move.getAttribute('data-confirm');
                if (text) {
                    confirmMove(move, text, send);
                } else {
                    send();
                }
            });
        });
        var join = thought.querySelector('.outloud-community-join');
        if (join) {
            join.addEventListener('click', function () {
                join.disabled = true;
                OutLoud.rest('PUT', AJS.contextPath() + '/rest/outloud/1.0/communities/' +
                    encodeURIComponent(join.getAttribute('data-community')) + '/members/me').then(function () {
                    window.location.reload();
                }).catch(function (error) {
                    join.disabled = false;
                    say(thought, error);
                });
            });
        }
    }

    function initHistory(thought) {
        var toggle = thought.querySelector('.outloud-thought-history-toggle');
        if (!toggle) {
            return;
        }
        var panel = thought.querySelector('.outloud-thought-history');
        toggle.addEventListener('click', function () {
            var open = toggle.getAttribute('aria-expanded') === 'true';
            toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
            toggle.textContent = open ? TEXT.historyShow : TEXT.historyHide;
            panel.hidden = open;
            if (!open && !thought.getAttribute('data-loaded')) {
                load(thought, true);
            }
        });
    }

    function init(thought) {
        if (thought.getAttribute('data-outloud-ready') || !thought.getAttribute('data-macro-id')) {
            return;
        }
        thought.setAttribute('data-outloud-ready', 'true');
        initMoves(thought);
        if (thought.getAttribute('data-stage') === 'ripe') {
            if (thought.querySelector('.outloud-feedback-more')) {
                initMore(thought, true);
            }
            initHistory(thought);
            return;
        }
        if (thought.querySelector('.outloud-feedback-list')) {
            initForm(thought);
            initMore(thought, false);
            load(thought, false);
        }
    }

    function initAll() {
        document.querySelectorAll('[data-outloud-macro="half-finished-thought"]').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
