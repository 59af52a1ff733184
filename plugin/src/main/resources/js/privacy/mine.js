/* The preferences page's "Download my data": the person's own export, streamed with its progress. */
(function () {
    'use strict';

    function init() {
        var button = document.getElementById('outloud-my-data-download');
        if (!button) {
            return;
        }
        button.addEventListener('click', function () {
            var base = AJS.contextPath() + '/rest/outloud/1.0/me/data';
            OutLoud.downloadData({
                sizeUrl: base + '/size',
                dataUrl: base,
                progress: document.getElementById('outloud-my-data-progress'),
                message: document.getElementById('outloud-my-data-message'),
                button: button,
                fileName: 'outloud-my-data.json'
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
