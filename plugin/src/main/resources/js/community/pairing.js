/*
 * Pairing ("meet someone new") on a community's page: take part or leave, take a break until a date, say whether we
 * met, and, for leads, the schedule and "start a round now". Every change goes through REST; the page updates
 * without a reload. Texts come from i18n; server texts are set as text, never as markup.
 */
(function () {
    'use strict';

    var TEXT = {
        failed: AJS.I18n.getText('outloud.pairing.error.failed'),
        optIn: AJS.I18n.getText('outloud.pairing.opt-in'),
        optOut: AJS.I18n.getText('outloud.pairing.opt-out'),
        statusIn: AJS.I18n.getText('outloud.pairing.status.in'),
        statusOut: AJS.I18n.getText('outloud.pairing.status.out'),
        statusPaused: AJS.I18n.getText('outloud.pairing.status.paused'),
        scheduleSaved: AJS.I18n.getText('outloud.pairing.lead.schedule-saved'),
        reload: AJS.I18n.getText('outloud.pairing.lead.reload')
    };

    function snoozedText(until) {
        return AJS.I18n.getText('outloud.pairing.status.snoozed', until);
    }

    function base(section) {
        var context = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return context + '/rest/outloud/1.0/communities/' + encodeURIComponent(section.getAttribute('data-outloud-pairing')) + '/pairing';
    }

    function failure(error) {
        return error && error.serverMessage ? error.serverMessage : TEXT.failed;
    }

    function statusOf(me) {
        if (!me.optedIn) {
            return TEXT.statusOut;
        }
        if (me.paused) {
            return TEXT.statusPaused;
        }
        return me.snoozedUntil ? snoozedText(me.snoozedUntil) : TEXT.statusIn;
    }

    function showMe(section, me) {
        var opt = section.querySelector('.outloud-pairing-opt');
        var takesPart = me.optedIn && !me.paused;
        opt.setAttribute('data-opted-in', String(takesPart));
        opt.textContent = takesPart ? TEXT.optOut : TEXT.optIn;
        section.querySelector('.outloud-pairing-status').textContent = statusOf(me);
        var end = section.querySelector('.outloud-pairing-snooze-end');
        end.hidden = !me.snoozedUntil;
        section.querySelector('input[name="until"]').value = me.snoozedUntil || '';
    }

    function busy(button, promise) {
        button.disabled = true;
        return promise.then(function () {
            button.disabled = false;
        }, function (error) {
            button.disabled = false;
            throw error;
        });
    }

    function init(section) {
        var status = section.querySelector('.outloud-pairing-status');
        var opt = section.querySelector('.outloud-pairing-opt');
        opt.addEventListener('click', function () {
            var join = opt.getAttribute('data-opted-in') !== 'true';
            busy(opt, window.OutLoud.rest('PUT', base(section) + '/me', {optedIn: join}).then(function (me) {
                showMe(section, me);
            })).catch(function (error) {
                status.textContent = failure(error);
            });
        });

        var snooze = section.querySelector('.outloud-pairing-snooze');
        snooze.addEventListener('submit', function (event) {
            event.preventDefault();
            var until = snooze.querySelector('input[name="until"]').value;
            window.OutLoud.rest('PUT', base(section) + '/me', {snoozedUntil: until}).then(function (me) {
                showMe(section, me);
            }).catch(function (error) {
                status.textContent = failure(error);
            });
        });
        var end = section.querySelector('.outloud-pairing-snooze-end');
        end.addEventListener('click', function () {
            busy(end, window.OutLoud.rest('PUT', base(section) + '/me', {snoozedUntil: null}).then(function (me) {
                showMe(section, me);
                opt.focus();
            })).catch(function (error) {
                status.textContent = failure(error);
            });
        });

        var current = section.querySelector('.outloud-pairing-current');
        if (current) {
            var answerText = current.querySelector('.outloud-pairing-answer-text');
            Array.prototype.forEach.call(current.querySelectorAll('.outloud-pairing-met'), function (button) {
                button.addEventListener('click', function () {
                    var met = button.getAttribute('data-met') === 'true';
                    var url = base(section) + '/matches/' + encodeURIComponent(current.getAttribute('data-match-id')) + '/answer';
                    busy(button, window.OutLoud.rest('POST', url, {met: met}).then(function (answer) {
                        Array.prototype.forEach.call(current.querySelectorAll('.outloud-pairing-met'), function (other) {
                            other.setAttribute('aria-pressed', String((other.getAttribute('data-met') === 'true') === met));
                        });
                        answerText.textContent = answer.text;
                        var thank = current.querySelector('.outloud-thank');
                        if (thank) {
                            thank.hidden = !met; // a pairing that met may be thanked for (js/thanks/thank.js)
                            if (window.OutLoud.thanks) {
                                window.OutLoud.thanks.check();
                            }
                        }
                    })).catch(function (error) {
                        answerText.textContent = failure(error);
                    });
                });
            });
        }

        var schedule = section.querySelector('.outloud-pairing-schedule');
        if (schedule) {
            var scheduleText = schedule.querySelector('.outloud-pairing-schedule-text');
            schedule.addEventListener('submit', function (event) {
                event.preventDefault();
                var every = parseInt(schedule.querySelector('select[name="everyDays"]').value, 10);
                window.OutLoud.rest('PUT', base(section) + '/schedule', {everyDays: every}).then(function () {
                    scheduleText.textContent = TEXT.scheduleSaved;
                }).catch(function (error) {
                    scheduleText.textContent = failure(error);
                });
            });
        }
        var start = section.querySelector('.outloud-pairing-start');
        if (start) {
            var startText = section.querySelector('.outloud-pairing-start-text');
            start.addEventListener('click', function () {
                var number = parseInt(section.getAttribute('data-next-round'), 10);
                busy(start, window.OutLoud.rest('POST', base(section) + '/rounds', {number: number}).then(function (round) {
                    section.setAttribute('data-next-round', String(round.number + 1));
                    startText.textContent = round.text + ' ' + TEXT.reload;
                })).catch(function (error) {
                    startText.textContent = failure(error);
                });
            });
        }
        section.setAttribute('data-outloud-ready', 'true');
    }

    function initAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.outloud-pairing[data-outloud-pairing]'), function (section) {
            if (section.getAttribute('data-outloud-ready') !== 'true') {
                init(section);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
})();
