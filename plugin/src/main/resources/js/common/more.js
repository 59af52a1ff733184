/*
 * "Show more" under a list that comes a page at a time: the first page is shown (rendered by the server or fetched),
 * the button carries the cursor of the next page in data-next and is hidden on the last page. A press fetches the
 * next page, the caller appends its items, and the keyboard goes on at the first item it brought (the button may
 * have gone).
 */
(function () {
    'use strict';

    window.OutLoud = window.OutLoud || {};

    /** Shows the button while there is a next page, remembering where it starts. */
    function next(button, cursor) {
        button.hidden = !cursor;
        button.setAttribute('data-next', cursor || '');
    }

    /**
     * Wires the button: a press hands its cursor to fetchPage, which returns a promise of the elements it appended
     * (and has called next with the new cursor). The button is disabled meanwhile, so a page is never fetched twice.
     */
    function wire(button, fetchPage) {
        button.addEventListener('click', function () {
            button.disabled = true;
            Promise.resolve(fetchPage(button.getAttribute('data-next'))).then(function (added) {
                var first = added && added[0];
                if (first) {
                    first.setAttribute('tabindex', '-1');
                    first.focus();
                }
            }).then(function () {
                button.disabled = false;
            }, function () {
                button.disabled = false;
            });
        });
    }

    window.OutLoud.more = {next: next, wire: wire};
})();
