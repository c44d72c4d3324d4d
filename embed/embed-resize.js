// Diptych iframe embeds, the host page's side: sizes every
// <iframe data-diptych-frame src=".../index.html?embed=1&..."> to the height
// its content reports. The frame posts {"diptych-height": PIXELS} to its
// parent whenever its content changes height; a message counts only if it
// comes from one of those frames and from the origin its src names.
// Include once per page: <script src=".../embed-resize.js" defer></script>.
(function () {
  if (window.diptychResize) return;
  window.diptychResize = true;
  window.addEventListener('message', function (event) {
    var height = event.data && event.data['diptych-height'];
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll('iframe[data-diptych-frame]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
