/*
 * Downloads a person's data as it is streamed: asks first how many rows it holds, then reads the download as it
 * arrives, counting rows (one a line) into a progress bar and a status line, and finally saves it as a file.
 */
(function () {
    'use strict';

    window.OutLoud = window.OutLoud || {};

    /** options: sizeUrl, dataUrl, progress (a <progress>), message (a status element), button, fileName. */
    window.OutLoud.downloadData = function (options) {
        var progress = options.progress;
        var message = options.message;
        var button = options.button;
        button.disabled = true;
        message.textContent = AJS.I18n.getText('outloud.privacy.preparing');
        progress.hidden = false;
        progress.removeAttribute('value');
        return OutLoud.rest('GET', options.sizeUrl).then(function (size) {
            var total = Math.max(1, size.rows);
            progress.max = total;
            progress.value = 0;
            return fetch(options.dataUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (response) {
                if (!response.ok) {
                    return response.json().then(null, function () {
                        return null;
                    }).then(function (json) {
                        throw {serverMessage: json && typeof json.message === 'string' ? json.message : null};
                    });
                }
                var reader = response.body.getReader();
                var decoder = new TextDecoder();
                var parts = [];
                var rows = -1; // the document's first line opens it and is no row
                var atLineStart = true;
                function read() {
                    return reader.read().then(function (chunk) {
                        if (chunk.done) {
                            return parts;
                        }
                        parts.push(chunk.value);
                        var text = decoder.decode(chunk.value, {stream: true});
                        for (var i = 0; i < text.length; i++) {
                            if (atLineStart && text.charAt(i) === '{') {
                                rows++;
                            }
                            atLineStart = text.charAt(i) === '\n';
                        }
                        progress.value = Math.min(total, Math.max(0, rows));
                        message.textContent = AJS.I18n.getText('outloud.privacy.progress.rows', Math.max(0, rows), size.rows);
                        return read();
                    });
                }
                return read();
            });
        }).then(function (parts) {
            var link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob(parts, {type: 'application/json'}));
            link.download = options.fileName;
            document.body.appendChild(link);
            link.click();
            link.remove();
            progress.value = progress.max;
            message.textContent = AJS.I18n.getText('outloud.privacy.done');
        }, function (failure) {
            progress.hidden = true;
            message.textContent = failure && failure.serverMessage ? failure.serverMessage : AJS.I18n.getText('outloud.privacy.failed');
        }).then(function () {
            button.disabled = false;
        });
    };
})();
