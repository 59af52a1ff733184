/*
 * The one way Out Loud's scripts call its REST resources: same-origin, JSON in and out, the REST module's XSRF
 * header, and failures as {serverMessage} (the server's text in the reader's language, or null for browser
 * errors such as "Failed to fetch", which callers replace with their own translated text).
 */
(function () {
    'use strict';

    window.OutLoud = window.OutLoud || {};

    /** Resolves with the JSON body (null for 204 No Content); rejects with {serverMessage}. */
    window.OutLoud.rest = function (method, url, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(url, options).then(function (response) {
            if (response.status === 204) {
                return null;
            }
            return response.json().then(null, function () {
                return null;
            }).then(function (json) {
                if (!response.ok || !json) {
                    throw {serverMessage: json && typeof json.message === 'string' ? json.message : null};
                }
                return json;
            });
        });
    };

    /**
     * A settings form saved through REST: on submit, sends {@code body()} with {@code method} to {@code url}, then
     * shows the answer with {@code show(saved)} and says {@code savedText}, or the server's message (else
     * {@code failedText}). The button is disabled while it waits.
     */
    window.OutLoud.saveForm = function (form, options) {
        var message = form.querySelector(options.message);
        var save = form.querySelector(options.button);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save.disabled = true;
            message.textContent = '';
            window.OutLoud.rest(options.method, options.url, options.body()).then(function (saved) {
                options.show(saved);
                message.textContent = options.savedText;
            }).catch(function (error) {
                message.textContent = error && error.serverMessage ? error.serverMessage : options.failedText;
            }).then(function () {
                save.disabled = false;
            });
        });
        form.setAttribute('data-outloud-ready', 'true');
    };
})();
