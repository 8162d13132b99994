import { parseDataAddress } from '../url/viewStateUrl';

/** The dataset the page's address names (`?data=`, or a `#data=…` roadmap), or null for the built-in one. */
export function readDataParam(): string | null {
  return parseDataAddress(window.location.search, window.location.hash);
}
