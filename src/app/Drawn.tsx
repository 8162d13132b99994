import { useEffect } from 'react';

/** Renders nothing; its effect runs each time what comes before it has drawn and run its effects without an error. */
export function Drawn({ onDrawn }: { onDrawn?: () => void }) {
  useEffect(() => onDrawn?.());
  return null;
}
