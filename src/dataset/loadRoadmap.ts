import { t } from '../i18n/i18n';
import { DatasetError } from './DatasetError';
import { datasetDecoder } from './decodeDataset';
import { downloadDeadline, type DownloadDeadline, type Expiry } from './downloadDeadline';
import type { Roadmap } from './schema';
import { MAX_DATASET_BYTES, tooLargeMessage } from './datasetLimits';

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
    throw new DatasetError(t('dataset.notAddress', { url }));
  }
  if (parsed.protocol === 'https:') return parsed;
  const ownSite = base ? new URL(base).origin : null;
  if (parsed.protocol === 'http:' && parsed.origin === ownSite) return parsed;
  throw new DatasetError(
    parsed.protocol === 'http:' ? t('dataset.httpsOnlyHttp', { url: parsed.href }) : t('dataset.httpsOnlyScheme', { scheme: parsed.protocol }),
  );
}

/** Fetches and validates a dataset; every failure becomes a DatasetError a person can act on. */
export async function loadRoadmap(url: string, { signal, onProgress, stallMs = STALL_MS, totalMs = TOTAL_MS }: LoadOptions = {}): Promise<Roadmap> {
  const target = checkDatasetUrl(url);
  // The validation code (zod and the schema) is a chunk of its own, fetched beside the dataset.
  const checker = import('./checkDatasetText');
  checker.catch(() => {}); // awaited below; a failure before then should not also be reported as unhandled
  const deadline = downloadDeadline(stallMs, totalMs);
  const combined = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  // Whatever broke the download off: the caller, one of the two time limits, or the network.
  const failure = (error: unknown, answered: boolean) => {
    if (signal?.aborted || error instanceof DatasetError) return error;
    if (deadline.expired) return timeoutError(url, deadline.expired, answered, { stallMs, totalMs });
    return new NetworkError(answered ? t('dataset.brokeOff', { url }) : t('dataset.unreachable', { url }));
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
    if (!response.ok) throw new DatasetError(t('dataset.httpStatus', { url, status: `${response.status} ${response.statusText}`.trim() }));
    const length = Number(response.headers.get('content-length')) || null;
    if (length && length > MAX_DATASET_BYTES) throw new DatasetError(tooLargeMessage(url, length));
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html')) throw new DatasetError(t('dataset.htmlPage', { url }));
    let text: string;
    try {
      text = await readText(response, url, length, deadline, onProgress);
    } catch (error) {
      throw failure(error, true);
    }
    const result = await (await checker).checkDatasetText(text, url, type);
    if (!result.ok) throw new DatasetError(result.summary, result.problems);
    return result.roadmap;
  } finally {
    deadline.stop();
  }
}

const duration = (ms: number) =>
  ms >= 60_000 && ms % 60_000 === 0 ? t('dataset.minutes', { count: ms / 60_000 }) : t('dataset.seconds', { count: ms / 1000 });

/** Says which limit fired, so a person can tell a dead server from a slow line. */
function timeoutError(url: string, why: Expiry, answered: boolean, limits: { stallMs: number; totalMs: number }): TimeoutError {
  if (why === 'total') return new TimeoutError(t('dataset.tookTooLong', { url, duration: duration(limits.totalMs) }));
  if (!answered) return new TimeoutError(t('dataset.noAnswer', { url, duration: duration(limits.stallMs) }));
  return new TimeoutError(t('dataset.stalled', { url, duration: duration(limits.stallMs) }));
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
