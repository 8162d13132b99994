import { useCallback, useEffect, useState } from 'react';

export type WheelHint = 'hidden' | 'shown' | 'fading' | 'done';
/** How long the note stays before it fades, and how long the fade takes (as in timelineHints.css). */
const SHOW_MS = 1800;
const FADE_MS = 400;

/** The note on how to zoom: shown on the first plain wheel over the chart, then faded out, and not again. */
export function useWheelHint(): [WheelHint, () => void] {
  const [hint, setHint] = useState<WheelHint>('hidden');
  const trigger = useCallback(() => setHint((h) => (h === 'hidden' ? 'shown' : h)), []);
  useEffect(() => {
    if (hint !== 'shown' && hint !== 'fading') return;
    const timer = setTimeout(() => setHint(hint === 'shown' ? 'fading' : 'done'), hint === 'shown' ? SHOW_MS : FADE_MS);
    return () => clearTimeout(timer);
  }, [hint]);
  return [hint, trigger];
}
