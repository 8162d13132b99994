import { useMemo } from 'react';
import type { TourStep } from '../dataset/schema';
import { useAppStore } from '../state/AppStore';
import { stepPreview } from './stepPreview';
import { useT } from '../i18n/useT';

/** A tour step drawn from the same layouts as the audience's charts, as an image for the presenter's window. */
export function StepPreview({ step, n, className }: { step: TourStep; n: number; className: string }) {
  const roadmap = useAppStore((s) => s.roadmap);
  const index = useAppStore((s) => s.index);
  const today = useAppStore((s) => s.today);
  const t = useT();
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(stepPreview(roadmap, index, step, today))}`, [roadmap, index, step, today]);
  return <img className={className} src={src} alt={t('step.preview', { n, headline: step.headline })} />;
}
