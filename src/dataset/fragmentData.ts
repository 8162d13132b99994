import { t } from '../i18n/i18n';
import { DatasetError } from './DatasetError';

/** A roadmap carried in a link's fragment (`#data=…`): browsers never send the fragment to a server. */
export const FRAGMENT_PREFIX = '#data=';

/**
 * Links up to this length are safe to hand out: RFC 9110 (section 4.1) asks every sender and recipient to support
 * at least 8,000 octets, and chat apps, mail programs and URL shorteners cut or refuse longer ones.
 */
export const SAFE_LINK_LENGTH = 8000;

/** The encoded roadmap in a location hash, or null when the hash carries none. */
export function readFragmentData(hash: string): string | null {
  return hash.startsWith(FRAGMENT_PREFIX) ? hash.slice(FRAGMENT_PREFIX.length) : null;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Response(bytes as BlobPart).body!.pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // A spread of at most 32,768 bytes at a time stays far below the stack's limit, whatever the dataset's size.
  // eslint-disable-next-line no-restricted-syntax
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Dataset text, deflated by the browser's CompressionStream and written in base64url, for a link's fragment. */
export async function encodeFragmentData(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/** The dataset text back from a fragment; a damaged or cut-short link becomes a DatasetError that says so. */
export async function decodeFragmentData(encoded: string): Promise<string> {
  try {
    const bytes = await pipe(fromBase64Url(decodeURIComponent(encoded)), new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetError(t('dataset.fragmentDamaged'));
  }
}
