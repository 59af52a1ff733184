/*
 * Replies under a working-out-loud block: opened on demand, paged with the "after" cursor, written, edited and
 * deleted without a reload. A reply's text arrives as segments and is built with DOM nodes: never as markup.
 */
(function () {
    'use strict';

    var TEXT = {
        failed: AJS.I18n.getText('outloud.wol.reply.error.failed'),
        edit: AJS.I18n.getText('outloud.wol.reply.edit'),
        remove: AJS.I18n.getText('outloud.wol.reply.delete'),
        save: AJS.I18n.getText('outloud.wol.reply.save'),
        cancel: AJS.I18n.getText('outloud.wol.reply.cancel'),
        edited: AJS.I18n.getText('outloud.wol.reply.edited'),
        editLabel: AJS.I18n.getText('outloud.wol.reply.edit-label')
    };

    function baseUrl(block) {
        return AJS.contextPath() + '/rest/outloud/1.0/blocks/' + encodeURIComponent(block.getAttribute('data-page-id')) +
            '/' + encodeURIComponent(block.getAttribute('data-macro-id')) + '/replies';
    }

    function message(replies, error) {
        replies.querySelector('.outloud-replies-message').textContent =
            error ? (error.serverMessage ? error.serverMessage : TEXT.failed) : '';
    }

    function render(replies, reply) {
        var item = document.createElement('li');
        item.className = 'outloud-reply';
        item.setAttribute('data-reply-id', String(reply.id));
        var header = document.createElement('div');
        header.className = 'outloud-reply-author';
        var name = document.createElement('strong');
        name.textContent = reply.author && reply.author.name ? reply.author.name : '';
        header.appendChild(name);
        if (reply.author && reply.author.department) {
            var department = document.createElement('span');
            department.className = 'outloud-reply-department';
            department.textContent = ' ' + reply.author.department;
            header.appendChild(department);
        }
        if (reply.edited) {
            var edited = document.createElement('span');
            edited.className = 'outloud-reply-edited';
            edited.textContent = ' (' + TEXT.edited + ')';
            header.appendChild(edited);
        }
        var text = document.createElement('p');
        text.className = 'outloud-reply-text';
        text.appendChild(OutLoud.textNodes(reply.segments));
        item.appendChild(header);
        item.appendChild(text);
        if (reply.mine) {
            item.appendChild(ownActions(replies, item, reply));
        }
        return item;
    }

    function ownActions(replies, item, reply) {
        var actions = document.createElement('div');
        actions.className = 'outloud-reply-actions';
        var edit = button(TEXT.edit, 'outloud-reply-edit');
        var remove = button(TEXT.remove, 'outloud-reply-delete');
        edit.addEventListener('click', function () {
            editInPlace(replies, item, reply);
        });
        remove.addEventListener('click', function () {
            OutLoud.rest('DELETE', baseUrl(replies.closest('[data-outloud-macro]')) + '/' + reply.id).then(function () {
                item.remove();
                count(replies, -1);
                message(replies, null);
            }).catch(function (error) {
                message(replies, error);
            });
        });
        actions.appendChild(edit);
        actions.appendChild(remove);
        return actions;
    }

    function editInPlace(replies, item, reply) {
        var form = document.createElement('form');
        form.className = 'aui outloud-reply-edit-form';
        var area = document.createElement('textarea');
        area.className = 'textarea';
        area.maxLength = 2000;
        area.value = reply.text;
        area.setAttribute('aria-label', TEXT.editLabel);
        var save = button(TEXT.save, 'aui-button-primary');
        save.type = 'submit';
        var cancel = button(TEXT.cancel, '');
        form.appendChild(area);
        form.appendChild(save);
        form.appendChild(cancel);
        var old = item;
        var replacement = document.createElement('li');
        replacement.className = 'outloud-reply';
        replacement.appendChild(form);
        old.replaceWith(replacement);
        area.focus();
        cancel.addEventListener('click', function () {
            replacement.replaceWith(old);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            OutLoud.rest('PUT', baseUrl(replies.closest('[data-outloud-macro]')) + '/' + reply.id, {text: area.value}).then(function (updated) {
                replacement.replaceWith(render(replies, updated));
                message(replies, null);
            }).catch(function (error) {
                message(replies, error);
            });
        });
    }

    var button = OutLoud.button;

    function count(replies, delta) {
        var counter = replies.querySelector('.outloud-replies-count');
        counter.textContent = String(Math.max(0, parseInt(counter.textContent, 10) + delta));
    }

    function load(replies, after) {
        var block = replies.closest('[data-outloud-macro]');
        return OutLoud.rest('GET', baseUrl(block) + '?after=' + encodeURIComponent(after || 0)).then(function (page) {
            var list = replies.querySelector('.outloud-replies-list');
            page.replies.forEach(function (reply) {
                // A reply written here while this page was on its way is already shown: no duplicate.
                if (!list.querySelector('[data-reply-id="' + Number(reply.id) + '"]')) {
                    list.appendChild(render(replies, reply));
                }
            });
            var more = replies.querySelector('.outloud-replies-more');
            more.hidden = !page.more;
            more.setAttribute('data-after', String(page.next));
            replies.setAttribute('data-loaded', 'true');
            message(replies, null);
        }).catch(function (error) {
            message(replies, error);
        });
    }

    function init(replies) {
        if (replies.getAttribute('data-outloud-ready')) {
            return;
        }
        replies.setAttribute('data-outloud-ready', 'true');
        var toggle = replies.querySelector('.outloud-replies-toggle');
        var panel = replies.querySelector('.outloud-replies-panel');
        toggle.addEventListener('click', function () {
            var open = toggle.getAttribute('aria-expanded') === 'true';
            toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
            panel.hidden = open;
            if (!open && !replies.getAttribute('data-loaded')) {
                load(replies, 0);
            }
        });
        replies.querySelector('.outloud-replies-more').addEventListener('click', function (event) {
            load(replies, event.target.getAttribute('data-after'));
        });
        var form = replies.querySelector('.outloud-reply-form');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var area = form.querySelector('.outloud-reply-text');
                OutLoud.rest('POST', baseUrl(replies.closest('[data-outloud-macro]')), {text: area.value}).then(function (reply) {
                    replies.querySelector('.outloud-replies-list').appendChild(render(replies, reply));
                    area.value = '';
                    count(replies, 1);
                    message(replies, null);
                }).catch(function (error) {
                    message(replies, error);
                });
            });
        }
    }

    function initAll() {
        document.querySelectorAll('[data-outloud-macro="working-out-loud"] .outloud-replies').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
