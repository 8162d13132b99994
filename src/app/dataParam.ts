import { appRootPath } from '../url/viewStateUrl';

/** `?data=<url>` names a custom dataset; it lives beside the view parameters and outlives them. */
export function readDataParam(): string | null {
  return new URLSearchParams(window.location.search).get('data');
}

/** Drops `data` from the address (after Reset, or when a local file replaces it), keeping everything else. */
export function clearDataParam() {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('data')) return;
  params.delete('data');
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
}

/** Puts `data` back in the address, when the dataset it names is shown again after another one failed. */
export function writeDataParam(url: string) {
  const params = new URLSearchParams(window.location.search);
  params.set('data', url);
  window.history.replaceState(null, '', `${window.location.pathname}?${params}${window.location.hash}`);
}

/** The app's own root with no parameters: the built-in roadmap's default view, which a failed view must not reopen. */
export function clearViewAddress() {
  window.history.replaceState(null, '', appRootPath(window.location.pathname));
}
