// Apart from the validation code (zod and the schema), which loads only once a dataset's text is in hand.
import { currentLanguage, t } from '../i18n/i18n';
import { formatNumber, intlLocale } from '../i18n/format';

/** Datasets up to this size load (20,000 milestones fit several times over). */
export const MAX_DATASET_BYTES = 60_000_000;

/** The same words wherever a dataset is refused for its size: "x.json is 70.0 MB, over the 60 MB limit". */
export function tooLargeMessage(name: string, bytes: number): string {
  const language = currentLanguage();
  const size = new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  return t('dataset.tooLarge', { name, size, limit: formatNumber(MAX_DATASET_BYTES / 1_000_000, language) });
}
