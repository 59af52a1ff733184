/*
 * The site admins' page of a person's data: download anyone's data (streamed, with its progress), or erase a person
 * after a confirmation in which the admin types the username again (the server checks it too).
 */
(function () {
    'use strict';

    function init(form) {
        var username = form.querySelector('#outloud-person-username');
        var download = form.querySelector('#outloud-person-download');
        var erase = form.querySelector('#outloud-person-erase');
        var confirmBox = form.querySelector('#outloud-erase-confirm');
        var confirmName = form.querySelector('#outloud-erase-confirm-username');
        var confirmed = form.querySelector('#outloud-erase-confirmed');
        var cancel = form.querySelector('#outloud-erase-cancel');
        var eraseMessage = form.querySelector('#outloud-person-erase-message');
        var downloadMessage = form.querySelector('#outloud-person-download-message');
        var base = AJS.contextPath() + '/rest/outloud/1.0/admin/people';

        function named(messageElement) {
            var name = username.value.trim();
            if (!name) {
                messageElement.textContent = AJS.I18n.getText('outloud.privacy.error.username');
                username.focus();
            }
            return name;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        download.addEventListener('click', function () {
            var name = named(downloadMessage);
            if (!name) {
                return;
            }
            var query = '?username=' + encodeURIComponent(name);
            OutLoud.downloadData({
                sizeUrl: base + '/data/size' + query,
                dataUrl: base + '/data' + query,
                progress: form.querySelector('#outloud-person-progress'),
                message: downloadMessage,
                button: download,
                fileName: 'outloud-data-' + name.replace(/[^A-Za-z0-9._-]/g, '_') + '.json'
            });
        });
        erase.addEventListener('click', function () {
            if (!named(eraseMessage)) {
                return;
            }
            eraseMessage.textContent = '';
            confirmName.value = '';
            confirmBox.hidden = false;
            confirmName.focus();
        });
        cancel.addEventListener('click', function () {
            confirmBox.hidden = true;
            erase.focus();
        });
        confirmed.addEventListener('click', function () {
            var texts = form.querySelector('input[name="texts"]:checked').value;
            confirmed.disabled = true;
            OutLoud.rest('POST', base + '/erase', {username: username.value.trim(), confirm: confirmName.value.trim(), texts: texts})
                .then(function () {
                    confirmBox.hidden = true;
                    eraseMessage.textContent = AJS.I18n.getText('outloud.privacy.admin.erased', username.value.trim());
                    erase.focus();
                }, function (failure) {
                    eraseMessage.textContent = failure && failure.serverMessage ? failure.serverMessage : AJS.I18n.getText('outloud.privacy.failed');
                })
                .then(function () {
                    confirmed.disabled = false;
                });
        });
        confirmName.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                cancel.click();
            }
        });
    }

    function initAll() {
        document.querySelectorAll('#outloud-person-data-form').forEach(init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
