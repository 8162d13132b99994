/**
 * Messages between the audience window and the presenter window of one talk. Each audience tab
 * has an id, so a presenter follows the tab that is presenting and ignores idle tabs of the app.
 */
export type TourMessage =
  | { type: 'hello' }
  | { type: 'state'; from: string; step: number | null; blank?: boolean; qr?: boolean }
  | { type: 'go'; step: number }
  | { type: 'key'; action: 'blank' | 'qr' | 'stop' };

const CHANNEL = 'agi-roadmap-explorer-tour';

export const tabId = Math.random().toString(36).slice(2);

/** A BroadcastChannel between windows of this app on one device; a no-op where the API is missing. */
export function openTourChannel(onMessage: (message: TourMessage) => void) {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TourMessage>) => onMessage(event.data);
  return {
    post: (message: TourMessage) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
