/*
 * "Thank" buttons wherever someone helped (class outloud-thank, data-occasion and data-id, data-partner for a pairing of
 * three): the person helped writes a short note in an AUI dialog and sends it. Buttons of occasions already thanked for
 * say so and are disabled (one read per kind of occasion on the page). Other scripts that draw buttons later call
 * OutLoud.thanks.check(root). Everything people wrote is set as text, never as markup.
 */
(function () {
    'use strict';

    // Several of the app's web resources bring this script; a page with a block and a thought loads it twice, and two
    // listeners would open two dialogs for one click.
    if (window.OutLoud && window.OutLoud.thanks) {
        return;
    }

    var BASE = AJS.contextPath() + '/rest/outloud/1.0/thanks';
    var MAX = 500;
    var TEXT = {
        title: AJS.I18n.getText('outloud.thanks.dialog.title'),
        label: AJS.I18n.getText('outloud.thanks.dialog.note'),
        hint: AJS.I18n.getText('outloud.thanks.dialog.hint'),
        send: AJS.I18n.getText('outloud.thanks.dialog.send'),
        cancel: AJS.I18n.getText('outloud.thanks.dialog.cancel'),
        thanked: AJS.I18n.getText('outloud.thanks.thanked'),
        failed: AJS.I18n.getText('outloud.thanks.failed')
    };
    var dialogs = 0;

    window.OutLoud = window.OutLoud || {};

    function markThanked(button) {
        button.textContent = TEXT.thanked;
        button.disabled = true;
        button.setAttribute('data-thanked', 'true');
    }

    var checkPending = false;

    /**
     * Asks, once per kind of occasion, which of the page's shown buttons the reader already thanked for. Scripts that
     * draw many buttons call it for each: the calls of one turn make one check.
     */
    function check() {
        if (checkPending) {
            return;
        }
        checkPending = true;
        setTimeout(function () {
            checkPending = false;
            checkNow();
        }, 0);
    }

    function checkNow() {
        var byOccasion = {};
        document.querySelectorAll('.outloud-thank:not([data-thanked])').forEach(function (button) {
            var id = button.getAttribute('data-id');
            if (!id || id === '0' || button.hidden) {
                return;
            }
            var occasion = button.getAttribute('data-occasion');
            (byOccasion[occasion] = byOccasion[occasion] || []).push(button);
        });
        Object.keys(byOccasion).forEach(function (occasion) {
            var buttons = byOccasion[occasion].slice(0, 50);
            var query = buttons.map(function (b) {
                return 'id=' + encodeURIComponent(b.getAttribute('data-id'));
            }).join('&');
            window.OutLoud.rest('GET', BASE + '/given?occasion=' + encodeURIComponent(occasion) + '&' + query).then(function (answer) {
                var thanked = (answer.thanked || []).map(String);
                buttons.forEach(function (button) {
                    if (thanked.indexOf(button.getAttribute('data-id')) >= 0) {
                        markThanked(button);
                    }
                });
            }).catch(function () {
                // the buttons stay usable: a second thanks is refused by the server with its own message
            });
        });
    }

    function say(button, text) {
        var status = button.parentNode.querySelector('.outloud-thank-message');
        if (!status) {
            status = window.OutLoud.element('span', 'outloud-thank-message');
            status.setAttribute('role', 'status');
            status.setAttribute('aria-live', 'polite');
            button.insertAdjacentElement('afterend', status);
        }
        status.textContent = text;
    }

    function open(button) {
        var id = 'outloud-thank-dialog-' + (++dialogs);
        var dialog = document.createElement('section');
        dialog.id = id;
        dialog.className = 'aui-dialog2 aui-dialog2-small aui-layer outloud-thank-dialog';
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-modal', 'true');
        dialog.setAttribute('aria-labelledby', id + '-title');
        dialog.hidden = true;
        var header = document.createElement('header');
        header.className = 'aui-dialog2-header';
        var title = window.OutLoud.element('h2', 'aui-dialog2-header-main', TEXT.title);
        title.id = id + '-title';
        header.appendChild(title);
        var form = document.createElement('form');
        form.className = 'aui outloud-thank-form';
        var content = document.createElement('div');
        content.className = 'aui-dialog2-content';
        var label = window.OutLoud.element('label', '', TEXT.label);
        label.setAttribute('for', id + '-note');
        var note = document.createElement('textarea');
        note.className = 'textarea outloud-thank-note';
        note.id = id + '-note';
        note.rows = 3;
        note.maxLength = MAX;
        note.required = true;
        note.setAttribute('aria-describedby', id + '-hint');
        var hint = window.OutLoud.element('p', 'outloud-thank-hint', TEXT.hint);
        hint.id = id + '-hint';
        var message = window.OutLoud.element('p', 'outloud-thank-error');
        message.setAttribute('role', 'alert');
        content.appendChild(label);
        content.appendChild(note);
        content.appendChild(hint);
        content.appendChild(message);
        var footer = document.createElement('footer');
        footer.className = 'aui-dialog2-footer';
        var actions = document.createElement('div');
        actions.className = 'aui-dialog2-footer-actions';
        var send = window.OutLoud.button(TEXT.send, 'aui-button-primary outloud-thank-send');
        send.type = 'submit';
        var cancel = window.OutLoud.button(TEXT.cancel, 'aui-button-link outloud-thank-cancel');
        actions.appendChild(send);
        actions.appendChild(cancel);
        footer.appendChild(actions);
        form.appendChild(content);
        form.appendChild(footer);
        dialog.appendChild(header);
        dialog.appendChild(form);
        document.body.appendChild(dialog);
        var aui = AJS.dialog2(dialog);
        aui.on('hide', function () {
            dialog.remove();
            button.focus();
        });
        cancel.addEventListener('click', function () {
            aui.hide();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            send.disabled = true;
            message.textContent = '';
            var body = {occasion: button.getAttribute('data-occasion'), id: Number(button.getAttribute('data-id')), note: note.value};
            if (button.getAttribute('data-partner')) {
                body.partner = button.getAttribute('data-partner');
            }
            window.OutLoud.rest('POST', BASE, body).then(function (answer) {
                markThanked(button);
                aui.hide();
                say(button, answer.message);
            }).catch(function (error) {
                message.textContent = error && error.serverMessage ? error.serverMessage : TEXT.failed;
                send.disabled = false;
            });
        });
        aui.show();
        note.focus();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.outloud-thank') : null;
        if (button && !button.disabled) {
            open(button);
        }
    });

    window.OutLoud.thanks = {check: check};

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', check);
    } else {
        check();
    }
})();
