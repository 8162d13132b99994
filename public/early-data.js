/* global window, document, location */
// Runs before the app's code: starts downloading a ?data= dataset while that code downloads and starts,
// instead of after it (src/dataset/earlyFetch.ts hands the response to the loader, once; anything but
// http(s) is left to the loader, which explains why it refuses it). The header written into the page
// belongs to the built-in dataset and the full layout, so another dataset, an embed or a talk hides it.
(function () {
  var params = new URLSearchParams(location.search);
  var data = params.get('data');
  if (data || params.has('embed') || params.has('present') || params.has('presenter')) {
    var shell = document.getElementById('app-shell');
    if (shell) shell.hidden = true;
  }
  if (!data) return;
  var url;
  try {
    url = new URL(data, location.href);
  } catch {
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
  var early = (window.__roadmapEarlyFetch = window.__roadmapEarlyFetch || new Map());
  var response = fetch(url.href);
  response.catch(function () {});
  early.set(url.href, response);
})();
