/* global window, document, location */
// Runs before the app's code: starts downloading the dataset while that code downloads and starts, instead
// of after it. It is the ?data= dataset when there is one, else the built-in dataset, whose hashed address
// the build writes into <link id="built-in-dataset">. src/dataset/earlyFetch.ts hands each download to the
// loader once (anything else is left to the loader, which explains why it refuses it).
(function () {
  var data = new URLSearchParams(location.search).get('data');
  // A link that carries its own roadmap (#data=…) needs no download at all.
  if (!data && location.hash.indexOf('#data=') === 0) return;
  var builtIn = document.getElementById('built-in-dataset');
  var wanted = data || (builtIn && builtIn.getAttribute('href'));
  if (!wanted) return;
  var url;
  try {
    url = new URL(wanted, location.href);
  } catch {
    return;
  }
  // The same rule as the loader's: https, or plain http on this site only (the page's policy blocks the rest).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && url.origin === location.origin)) return;
  var early = (window.__roadmapEarlyFetch = window.__roadmapEarlyFetch || new Map());
  var controller = new AbortController();
  var response = fetch(url.href, { signal: controller.signal });
  response.catch(function () {});
  early.set(url.href, { response: response, controller: controller });
})();
