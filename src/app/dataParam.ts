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
