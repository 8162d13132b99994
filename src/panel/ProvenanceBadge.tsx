import type { Basis, Confidence } from '../dataset/schema';
import { BASIS_LABEL, CONFIDENCE_LABEL } from '../dataset/provenanceLabels';

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return <span className={`badge badge--${confidence}`}>{CONFIDENCE_LABEL[confidence]}</span>;
}

export function BasisBadge({ basis }: { basis: Basis }) {
  return <span className={`badge badge--basis-${basis}`}>Basis: {BASIS_LABEL[basis]}</span>;
}
