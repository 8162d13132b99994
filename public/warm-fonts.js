/* global window, document */
// Deferred, so it runs once the page is parsed and its stylesheet applies, before the app's code. It looks up
// the fonts the first view writes in (the list the build wrote into #font-warmup; see src/app/firstViewFonts.ts),
// one per task, while that code downloads. The explorer's first layout then finds them cached instead of waiting
// on each lookup inside the one long task that shows it. Only for the built-in roadmap's own view, whose fonts
// the list names and whose start waits on the network: another dataset, an embed or a talk (html.without-shell)
// writes in other sizes, and a large dataset keeps the main thread busy, where these tasks would only add up.
(function () {
  var box = document.getElementById('font-warmup');
  var sheet = document.querySelector('link[rel="stylesheet"]');
  if (!box) return;
  if (!sheet || document.documentElement.classList.contains('without-shell')) return box.remove();
  var fonts = (box.getAttribute('data-fonts') || '').split('|').filter(Boolean);
  var canvasFonts = (box.getAttribute('data-canvas-fonts') || '').split('|').filter(Boolean);
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var SAMPLE = 'Ag 2026 \u2192';

  function start() {
    // Only now is the family the page's: before the stylesheet arrives it is the browser's default.
    var family = window.getComputedStyle(box).fontFamily;
    var svg = document.createElementNS(SVG_NS, 'svg');
    box.appendChild(svg);
    var canvas = document.createElement('canvas').getContext('2d');
    var steps = fonts.map(function (font) {
      return function () {
        // As HTML and as SVG text, the two ways the page writes.
        var span = document.createElement('span');
        var text = document.createElementNS(SVG_NS, 'text');
        [span, text].forEach(function (el) {
          el.style.font = font + ' ' + family;
          el.textContent = SAMPLE;
        });
        box.insertBefore(span, svg);
        svg.appendChild(text);
        // Reading a size lays both out now, in this task.
        text.getBoundingClientRect();
      };
    });
    canvasFonts.forEach(function (font) {
      steps.push(function () {
        if (!canvas) return;
        canvas.font = font + ' ' + family;
        canvas.measureText(SAMPLE);
      });
    });
    steps.push(function () {
      box.remove();
    });
    (function next() {
      steps.shift()();
      if (steps.length) setTimeout(next, 0);
    })();
  }

  // A deferred script waits for the stylesheet; should it still be loading, it fires load (or error: then nothing).
  if (sheet.sheet) setTimeout(start, 0);
  else sheet.addEventListener('load', start);
})();
