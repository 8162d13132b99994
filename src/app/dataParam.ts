import { appRootPath } from '../url/viewStateUrl';
import { readFragmentData } from '../dataset/fragmentData';

/**
 * `?data=<url>` names a custom dataset; it lives beside the view parameters and outlives them. Without it, a
 * `#data=…` fragment carries the roadmap itself, and its hash stands for the address.
 */
export function readDataParam(): string | null {
  const data = new URLSearchParams(window.location.search).get('data');
  if (data) return data;
  return readFragmentData(window.location.hash) !== null ? window.location.hash : null;
}

/** How the toolbar names a custom dataset, and what links carry: the address, or for a link's own roadmap, nothing. */
export function describeDataUrl(url: string): { label: string; dataUrl: string | null; localFile: boolean } {
  if (readFragmentData(url) !== null) return { label: 'the roadmap in this link', dataUrl: null, localFile: true };
  return { label: url, dataUrl: url, localFile: false };
}

/** Drops `data` (and a `#data=…` roadmap) from the address, after Reset or when a local file replaces it, keeping everything else. */
export function clearDataParam() {
  const params = new URLSearchParams(window.location.search);
  const fragment = readFragmentData(window.location.hash) !== null;
  if (!params.has('data') && !fragment) return;
  params.delete('data');
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${fragment ? '' : window.location.hash}`);
}

/** Puts `data` back in the address, when the dataset it names is shown again after another one failed. */
export function writeDataParam(url: string) {
  const params = new URLSearchParams(window.location.search);
  // A link's own roadmap goes back into the fragment it came from, not into `?data=`.
  const fragment = readFragmentData(url) !== null;
  if (fragment) params.delete('data');
  else params.set('data', url);
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${fragment ? url : window.location.hash}`);
}

/** The app's own root with no parameters: the built-in roadmap's default view, which a failed view must not reopen. */
export function clearViewAddress() {
  window.history.replaceState(null, '', appRootPath(window.location.pathname));
}
