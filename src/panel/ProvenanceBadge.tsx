import type { Basis, Confidence } from '../dataset/schema';
import { basisLabel, confidenceLabel } from '../i18n/labels';
import { useT } from '../i18n/useT';

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  useT();
  return <span className={`badge badge--${confidence}`}>{confidenceLabel(confidence)}</span>;
}

export function BasisBadge({ basis }: { basis: Basis }) {
  const t = useT();
  return <span className={`badge badge--basis-${basis}`}>{t('provenance.basis', { basis: basisLabel(basis) })}</span>;
}
