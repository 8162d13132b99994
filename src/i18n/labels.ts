import type { Basis, Confidence, CurrentLevel, Roadmap } from '../dataset/schema';
import { currentLanguage, t } from './i18n';
import { formatMilestoneDate } from './format';

/** What a confidence means, one meaning everywhere (the README's "Keeping the roadmap current"), in the active language. */
export const confidenceLabel = (confidence: Confidence): string => t(`provenance.confidence.${confidence}`);

/** Who a level link rests on: "OpenAI statement", "Press report", "Our editorial mapping". */
export const basisLabel = (basis: Basis): string => t(`provenance.basis.${basis}`);

/** The list view's sentence for an initiative's level link: "Mapped to this level by press report." */
export const mappedByText = (basis: Basis): string => t(`provenance.mappedBy.${basis}`);

/** The words for a dataset's stated current level, naming whoever stated it when the dataset says. */
export function currentLevelLabels({ holder }: CurrentLevel) {
  return holder
    ? {
        flag: t('currentLevel.flagOf', { holder }),
        heading: t('currentLevel.headingOf', { holder }),
        markSuffix: t('currentLevel.markSuffixOf', { holder }),
        legend: t('currentLevel.legendOf', { holder }),
      }
    : { flag: t('currentLevel.flag'), heading: t('currentLevel.heading'), markSuffix: t('currentLevel.markSuffix'), legend: t('currentLevel.legend') };
}

/** "Sources reviewed to 2 December 2026" in the active language, or null for a dataset that does not say when it was checked. */
export function reviewedLabel(meta: Roadmap['meta']): string | null {
  return meta.reviewed ? t('reviewed', { date: formatMilestoneDate(meta.reviewed, currentLanguage()) }) : null;
}
