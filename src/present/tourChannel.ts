/** Messages between the audience window and the presenter window of one talk. */
export type TourMessage =
  | { type: 'hello' }
  | { type: 'state'; step: number | null }
  | { type: 'go'; step: number }
  | { type: 'stop' };

const CHANNEL = 'agi-roadmap-explorer-tour';

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
