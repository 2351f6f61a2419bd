/*! Triage500 embed host script (MIT). No dependencies.
 * Sizes every <iframe data-triage500> on the page to its content, growing and
 * shrinking, and re-dispatches step changes as a "triage500:step" DOM event on
 * the iframe. Messages are accepted only from each iframe's own window and origin.
 * On load it pings each frame, which reports its height again (see docs/embedding.md). */
(function () {
  'use strict';
  if (window.__triage500Embed) return;
  window.__triage500Embed = true;
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-triage500]'));
  }
  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src'), document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf('triage500:') !== 0) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = originOf(frame);
      // A sandboxed frame without allow-same-origin posts from the "null" origin.
      if (event.origin !== origin && !(event.origin === 'null' && frame.hasAttribute('sandbox'))) return;
      if (data.type === 'triage500:resize' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
        var min = Number(frame.getAttribute('data-min-height')) || 0;
        frame.style.height = Math.max(min, Math.ceil(data.height)) + 'px';
      } else if (data.type === 'triage500:step') {
        frame.dispatchEvent(new CustomEvent('triage500:step', { detail: { step: String(data.step), url: String(data.url) } }));
      }
      return;
    }
  });
  // The frames may have reported before this script arrived: ask each for its height again.
  function ping(frame) {
    var origin = originOf(frame);
    try {
      if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: 'triage500:ping' }, frame.hasAttribute('sandbox') ? '*' : origin);
    } catch (e) {
      /* not loaded yet: it will report by itself */
    }
  }
  frames().forEach(function (frame) {
    ping(frame);
    frame.addEventListener('load', function () {
      ping(frame);
    });
  });
})();
