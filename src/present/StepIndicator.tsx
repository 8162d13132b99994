import { useT } from '../i18n/useT';

/** "3 / 12" with its spoken form, and a progress bar; shared by the audience and presenter windows. */
export function StepIndicator({ step, total }: { step: number; total: number }) {
  const n = step + 1;
  const t = useT();
  return (
    <div className="step-indicator">
      <p className="step-indicator__count" aria-label={t('step.label', { n, total })}>
        {n} / {total}
      </p>
      <div className="step-indicator__bar" role="progressbar" aria-label={t('step.progress')} aria-valuemin={1} aria-valuemax={total} aria-valuenow={n}>
        <span style={{ width: `${(n / total) * 100}%` }} />
      </div>
    </div>
  );
}
