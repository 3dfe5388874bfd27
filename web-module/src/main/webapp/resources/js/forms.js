/*
 * Gemlink admin: copy buttons and image placeholders. A file of its own, not inline: the pages' Content-Security-Policy
 * runs only scripts from this origin or with the page's nonce (docs/forms.md).
 *
 * Copy: any <button data-copy-from="ID"> copies the text of the element with that id (also when it arrives later in
 * an ajax update: one click listener on the document) and says "Copied".
 * Images: a product picture (img.gl-thumb) that fails to load is replaced by a neutral drawing and marked
 * gl-img-missing. The "error" event does not bubble, so one listener on the document catches it on its way down
 * (capture); this file is loaded in the head, before any picture, and also serves pictures of later ajax updates.
 */
(function () {
    'use strict';

    var PLACEHOLDER = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
        + '<rect width="64" height="64" fill="#efece4"/>'
        + '<path d="M20 26 L26 18 H38 L44 26 L32 46 Z" fill="none" stroke="#b8ab8a" stroke-width="2.5"'
        + ' stroke-linejoin="round"/>'
        + '<path d="M20 26 H44 M26 18 L30 26 L32 46 M38 18 L34 26 L32 46" fill="none" stroke="#b8ab8a"'
        + ' stroke-width="1.5"/></svg>');

    function showDone(button, text) {
        if (!button.dataset.label) {
            button.dataset.label = button.textContent;
        }
        button.textContent = text;
        button.classList.add('gl-copied');
        window.setTimeout(function () {
            button.textContent = button.dataset.label;
            button.classList.remove('gl-copied');
        }, 2500);
    }

    function selectText(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function copyByCommand(button, source) {
        selectText(source);
        var copied = false;
        try {
            copied = document.execCommand('copy');
        } catch (e) {
            copied = false;
        }
        showDone(button, copied ? 'Copied' : 'Selected: press Ctrl+C');
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy-from]') : null;
        if (!button) {
            return;
        }
        event.preventDefault();
        var source = document.getElementById(button.getAttribute('data-copy-from'));
        if (!source) {
            return;
        }
        var text = source.textContent.trim();
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () {
                showDone(button, 'Copied');
            }, function () {
                copyByCommand(button, source);
            });
        } else { // plain HTTP on another host: the asynchronous clipboard is not offered there
            copyByCommand(button, source);
        }
    });

    function replaceBroken(img) {
        if (img.classList.contains('gl-img-missing')) {
            return;
        }
        img.classList.add('gl-img-missing');
        img.title = 'Image not available: ' + (img.getAttribute('alt') || '');
        img.src = PLACEHOLDER;
    }

    document.addEventListener('error', function (event) {
        var target = event.target;
        if (target && target.tagName === 'IMG' && target.classList.contains('gl-thumb')) {
            replaceBroken(target);
        }
    }, true);
}());
