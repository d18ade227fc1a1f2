/*
 * Cooperation Divide embed loader (optional; docs/EMBED.md). Resizes every
 * <iframe data-cooperation-divide> on this page to the height its map reports.
 * It reads only height messages that come from one of those iframes' windows and
 * from the origin of that iframe's src; it sends nothing and touches nothing else.
 */
(function () {
  'use strict';
  if (window.__cooperationDivideEmbed) return;
  window.__cooperationDivideEmbed = true;

  function heightOf(data) {
    var h = NaN;
    if (typeof data === 'string') {
      // Pym.js: "pym" xPYMx id xPYMx "height" xPYMx pixels
      var bits = data.split('xPYMx');
      if (bits.length === 4 && bits[0] === 'pym' && bits[2] === 'height') h = Number(bits[3]);
    } else if (data && typeof data === 'object' && data['datawrapper-height'] && typeof data['datawrapper-height'] === 'object') {
      for (var k in data['datawrapper-height']) {
        if (Object.prototype.hasOwnProperty.call(data['datawrapper-height'], k)) h = Number(data['datawrapper-height'][k]);
      }
    }
    // Whole pixels within sane bounds, so a bad message cannot blow up the page.
    return isFinite(h) && h >= 50 && h <= 20000 ? Math.ceil(h) : null;
  }

  window.addEventListener('message', function (event) {
    var frames = document.querySelectorAll('iframe[data-cooperation-divide]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      if (event.origin !== origin) return;
      var h = heightOf(event.data);
      if (h !== null) frame.style.height = h + 'px';
      return;
    }
  });
})();
