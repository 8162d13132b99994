import { DatasetError } from './DatasetError';
import { datasetDecoder } from './decodeDataset';
import { downloadDeadline, type DownloadDeadline, type Expiry } from './downloadDeadline';
import type { Roadmap } from './schema';
import { MAX_DATASET_BYTES, tooLargeMessage } from './validateDatasetText';
import { checkDatasetText } from './checkDatasetText';

/** A download that sends nothing for this long is given up on, however long it has run. */
export const STALL_MS = 30_000;
/** The backstop for a download that keeps trickling: generous enough for 60 MB over slow wifi. */
export const TOTAL_MS = 5 * 60_000;

/** A failure worth retrying: the network, not the dataset. */
export class NetworkError extends DatasetError {}

/** A server that stopped sending, or a download past the total cap; retrying would only make people wait again. */
export class TimeoutError extends DatasetError {}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Bytes received so far, and the total when the server says it. */
  onProgress?: (loaded: number, total: number | null) => void;
  /** How long a download may send nothing (STALL_MS unless a test says otherwise). */
  stallMs?: number;
  /** How long a download may take in all (TOTAL_MS unless a test says otherwise). */
  totalMs?: number;
}

/**
 * Only https datasets, or any from the app's own site: the page's policy blocks plain http elsewhere, so it is
 * refused before any request, with the reason. `javascript:`, `data:` and the like are refused too.
 */
export function checkDatasetUrl(url: string, base = globalThis.location?.href): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw new DatasetError(`“${url}” is not a web address`);
  }
  if (parsed.protocol === 'https:') return parsed;
  const ownSite = base ? new URL(base).origin : null;
  if (parsed.protocol === 'http:' && parsed.origin === ownSite) return parsed;
  const what = parsed.protocol === 'http:' ? `${parsed.href} is plain http on another site` : `not “${parsed.protocol}”`;
  throw new DatasetError(`Only https addresses, or addresses on this app's own site, can be loaded: ${what}`);
}

/** Fetches and validates a dataset; every failure becomes a DatasetError a person can act on. */
export async function loadRoadmap(url: string, { signal, onProgress, stallMs = STALL_MS, totalMs = TOTAL_MS }: LoadOptions = {}): Promise<Roadmap> {
  const target = checkDatasetUrl(url);
  const deadline = downloadDeadline(stallMs, totalMs);
  const combined = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  // Whatever broke the download off: the caller, one of the two time limits, or the network.
  const failure = (error: unknown, answered: boolean) => {
    if (signal?.aborted || error instanceof DatasetError) return error;
    if (deadline.expired) return timeoutError(url, deadline.expired, answered, { stallMs, totalMs });
    return new NetworkError(answered ? `The download of ${url} broke off: the network request failed` : `Could not reach ${url}: the network request failed`);
  };
  try {
    let response: Response;
    try {
      // The built-in dataset's request matches index.html's preload (same URL, CORS mode), so it reuses it.
      response = await fetch(target, { signal: combined });
    } catch (error) {
      throw failure(error, false);
    }
    deadline.progress();
    if (!response.ok) throw new DatasetError(`Could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length')) || null;
    if (length && length > MAX_DATASET_BYTES) throw new DatasetError(tooLargeMessage(url, length));
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html')) throw new DatasetError(`${url} is a web page (HTML), not a JSON or CSV dataset`);
    let text: string;
    try {
      text = await readText(response, url, length, deadline, onProgress);
    } catch (error) {
      throw failure(error, true);
    }
    const result = await checkDatasetText(text, url, type);
    if (!result.ok) throw new DatasetError(result.summary, result.problems);
    return result.roadmap;
  } finally {
    deadline.stop();
  }
}

const duration = (ms: number) => (ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${ms / 1000} seconds`);

/** Says which limit fired, so a person can tell a dead server from a slow line. */
function timeoutError(url: string, why: Expiry, answered: boolean, limits: { stallMs: number; totalMs: number }): TimeoutError {
  if (why === 'total') return new TimeoutError(`${url} took longer than ${duration(limits.totalMs)} to download, the longest a download may take`);
  if (!answered) return new TimeoutError(`${url} did not answer within ${duration(limits.stallMs)}`);
  return new TimeoutError(`${url} stopped sending: nothing arrived for ${duration(limits.stallMs)}`);
}

/** Reads the body in chunks, decoding each as it arrives, reporting progress and stopping at the size limit. */
async function readText(
  response: Response,
  url: string,
  total: number | null,
  deadline: DownloadDeadline,
  onProgress?: LoadOptions['onProgress'],
): Promise<string> {
  const decoder = datasetDecoder(url);
  const parts: string[] = [];
  if (!response.body) {
    decoder.push(new Uint8Array(await response.arrayBuffer()), parts);
    return decoder.end(parts);
  }
  const reader = response.body.getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    deadline.progress();
    loaded += value.byteLength;
    if (loaded > MAX_DATASET_BYTES) {
      await reader.cancel();
      throw new DatasetError(tooLargeMessage(url, loaded));
    }
    try {
      decoder.push(value, parts);
    } catch (error) {
      await reader.cancel();
      throw error;
    }
    onProgress?.(loaded, total);
  }
  return decoder.end(parts);
}
