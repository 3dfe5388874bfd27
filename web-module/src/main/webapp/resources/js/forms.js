/*
 * Gemlink admin: copy buttons. A file of its own, not inline: the pages' Content-Security-Policy
 * runs only scripts from this origin or with the page's nonce (docs/forms.md).
 *
 * Copy: any <button data-copy-from="ID"> copies the text of the element with that id (also when it arrives later in
 * an ajax update: one click listener on the document) and says "Copied".
 */
(function () {
    'use strict';

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
}());
