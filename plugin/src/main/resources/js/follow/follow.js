/*
 * Follow buttons (person, community, label) wherever a page shows them: hidden until the reader's own follows say
 * which are pressed (one call for up to 50 targets; anonymous readers get none, so the buttons stay hidden), then a
 * click follows or stops following, and every button for the same target on the page shows the new state.
 */
(function () {
    'use strict';

    var BASE = '/rest/outloud/1.0/follows';
    var CHECKED = 50;
    var TEXT = {
        failed: AJS.I18n.getText('outloud.follow.error.failed')
    };

    function targetOf(button) {
        return button.getAttribute('data-follow-kind') + ':' + button.getAttribute('data-follow-target');
    }

    function show(target, following) {
        document.querySelectorAll('.outloud-follow').forEach(function (button) {
            if (targetOf(button) === target) {
                button.setAttribute('aria-pressed', following ? 'true' : 'false');
                button.hidden = false;
            }
        });
    }

    function say(button, text) {
        var message = button.parentNode.querySelector('.outloud-follow-message');
        if (message) {
            message.textContent = text;
        }
    }

    function toggle(button) {
        var following = button.getAttribute('aria-pressed') === 'true';
        var url = AJS.contextPath() + BASE + '/' + encodeURIComponent(button.getAttribute('data-follow-kind')) + '/'
            + encodeURIComponent(button.getAttribute('data-follow-target'));
        button.disabled = true;
        OutLoud.rest(following ? 'DELETE' : 'PUT', url).then(function (answer) {
            show(targetOf(button), answer && answer.following === true);
            say(button, '');
        }).catch(function (error) {
            say(button, error && error.serverMessage ? error.serverMessage : TEXT.failed);
        }).then(function () {
            button.disabled = false;
        });
    }

    function init() {
        var buttons = Array.prototype.slice.call(document.querySelectorAll('.outloud-follow:not([data-outloud-ready])'));
        var targets = [];
        buttons.forEach(function (button) {
            button.setAttribute('data-outloud-ready', 'true');
            button.addEventListener('click', function () {
                toggle(button);
            });
            if (targets.indexOf(targetOf(button)) < 0) {
                targets.push(targetOf(button));
            }
        });
        for (var start = 0; start < targets.length; start += CHECKED) {
            check(targets.slice(start, start + CHECKED));
        }
    }

    function check(targets) {
        var query = targets.map(function (target) {
            return 'target=' + encodeURIComponent(target);
        }).join('&');
        OutLoud.rest('GET', AJS.contextPath() + BASE + '/check?' + query).then(function (answer) {
            var followed = answer && Array.isArray(answer.following) ? answer.following : [];
            targets.forEach(function (target) {
                show(target, followed.indexOf(target) >= 0);
            });
        }).catch(function () {
            // Not signed in (or the check failed): the buttons stay hidden rather than show a state that may be wrong.
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
