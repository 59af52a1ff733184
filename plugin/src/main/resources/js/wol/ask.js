/*
 * Ask to share: a toggle (on a block's author card or a stream item) opens a one-line form that asks the block's
 * author to work out loud about a topic. Works for every form on the page, also those a stream adds later, through
 * one delegated listener. The server answers in the reader's language; texts are set with textContent.
 */
(function () {
    'use strict';

    var FAILED = AJS.I18n.getText('outloud.wol.ask.error.failed');

    function formOf(toggle) {
        return document.getElementById(toggle.getAttribute('aria-controls'));
    }

    function messageOf(form) {
        return document.getElementById(form.getAttribute('data-message'));
    }

    function setOpen(toggle, form, open) {
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        form.hidden = !open;
        if (open) {
            messageOf(form).textContent = '';
            form.querySelector('.outloud-ask-topic').focus();
        }
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest('.outloud-ask-toggle');
        var form = toggle && formOf(toggle);
        if (form) {
            setOpen(toggle, form, toggle.getAttribute('aria-expanded') !== 'true');
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target.closest('.outloud-ask-form');
        if (!form) {
            return;
        }
        event.preventDefault();
        var topic = form.querySelector('.outloud-ask-topic');
        var submit = form.querySelector('button[type="submit"]');
        submit.disabled = true;
        OutLoud.rest('POST', AJS.contextPath() + '/rest/outloud/1.0/share-requests', {
            pageId: Number(form.getAttribute('data-page-id')),
            macroId: form.getAttribute('data-macro-id'),
            topic: topic.value
        }).then(function (request) {
            topic.value = '';
            var toggle = document.querySelector('.outloud-ask-toggle[aria-controls="' + form.id + '"]');
            if (toggle) {
                setOpen(toggle, form, false);
                toggle.focus();
            }
            messageOf(form).textContent = request.confirmation || '';
        }).catch(function (error) {
            messageOf(form).textContent = error && error.serverMessage ? error.serverMessage : FAILED;
        }).then(function () {
            submit.disabled = false;
        });
    });
})();
