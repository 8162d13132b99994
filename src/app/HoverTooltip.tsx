import { lazy, Suspense } from 'react';
import { useAppStore } from '../state/AppStore';
import { selectTooltipNode } from '../state/selectors';

// A phone never hovers, and a mouse rests on a mark for a moment first: the label loads when first needed.
const HoverTooltipBox = lazy(() => import('./HoverTooltipBox').then((m) => ({ default: m.HoverTooltipBox })));

/** A small label by the hovered or focused mark, once there is one. */
export function HoverTooltip() {
  const hovering = useAppStore((s) => selectTooltipNode(s) !== null);
  if (!hovering) return null;
  return (
    <Suspense fallback={null}>
      <HoverTooltipBox />
    </Suspense>
  );
}
