/*
 * Kollen embed resizer for host pages: include it once next to any Kollen iframe,
 *   <iframe data-kollen-embed src="https://…/embed.html?…"></iframe>
 *   <script src="https://…/embed-resize.js" defer></script>
 * and each frame takes the height its content reports. Only messages from the frame's own window
 * and origin are obeyed, and only the height is ever changed. No inline styles: it sets the
 * `height` attribute, so it works under a strict Content-Security-Policy.
 */
(function () {
  'use strict';
  if (window.__kollenEmbedResize) return;
  window.__kollenEmbedResize = true;

  function frameOrigin(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return '';
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'kollen-embed-height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-kollen-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || frameOrigin(frame) !== event.origin) continue;
      var height = Math.max(80, Math.min(6000, Math.ceil(data.height)));
      frame.setAttribute('height', String(height));
      frame.setAttribute('scrolling', 'no');
      frame.style.border = '0';
    }
  });
})();
