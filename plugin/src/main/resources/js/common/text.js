/*
 * How Out Loud shows what people wrote (replies, feedback): the server cuts the plain text into segments (text,
 * http(s) links, @mentions) and this builds DOM nodes from them, so nothing anyone wrote is ever markup.
 */
(function () {
    'use strict';

    window.OutLoud = window.OutLoud || {};

    window.OutLoud.textNodes = function (segments) {
        var fragment = document.createDocumentFragment();
        (segments || []).forEach(function (segment) {
            if (segment.type === 'link' && /^https?:\/\//i.test(segment.target)) {
                var link = document.createElement('a');
                link.href = segment.target;
                link.rel = 'noopener noreferrer nofollow';
                link.textContent = segment.text;
                fragment.appendChild(link);
            } else if (segment.type === 'mention') {
                var mention = document.createElement('span');
                mention.className = 'outloud-mention';
                mention.textContent = segment.text;
                fragment.appendChild(mention);
            } else {
                fragment.appendChild(document.createTextNode(segment.text));
            }
        });
        return fragment;
    };

    /** An element of the given tag, class (optional) and text (optional; text, never markup). */
    window.OutLoud.element = function (tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    };

    /** A button of the given label and extra class (the label is text, never markup). */
    window.OutLoud.button = function (label, className) {
        var element = document.createElement('button');
        element.type = 'button';
        element.className = 'aui-button ' + (className || '');
        element.textContent = label;
        return element;
    };
})();
