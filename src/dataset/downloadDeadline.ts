/** Which limit ended a download: no bytes for too long, or too long in all. */
export type Expiry = 'stall' | 'total';

export interface DownloadDeadline {
  /** Aborts when either limit is reached. */
  signal: AbortSignal;
  /** The limit that fired, or null while none has. */
  readonly expired: Expiry | null;
  /** Bytes arrived: the stall clock starts again. */
  progress(): void;
  stop(): void;
}

/**
 * Gives up on a download that sends nothing for `stallMs` (before it answers, or between chunks), or that has
 * run for `totalMs` in all. A slow download that keeps moving is never cut off before the total cap.
 * @example const deadline = downloadDeadline(30_000, 300_000); fetch(url, { signal: deadline.signal })
 */
export function downloadDeadline(stallMs: number, totalMs: number): DownloadDeadline {
  const controller = new AbortController();
  let expired: Expiry | null = null;
  const expire = (why: Expiry) => () => {
    expired = why;
    controller.abort(new DOMException(`The download ${why === 'stall' ? 'stalled' : 'took too long'}`, 'TimeoutError'));
  };
  let stall = setTimeout(expire('stall'), stallMs);
  const total = setTimeout(expire('total'), totalMs);
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    progress() {
      if (expired) return;
      clearTimeout(stall);
      stall = setTimeout(expire('stall'), stallMs);
    },
    stop() {
      clearTimeout(stall);
      clearTimeout(total);
    },
  };
}
