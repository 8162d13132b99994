import { t } from '../i18n/i18n';
import { DatasetError } from './DatasetError';
import { decodeFragmentData, readFragmentData } from './fragmentData';
import type { Roadmap } from './schema';

/** The roadmap a `#data=…` link carries, validated like any other dataset; no network is involved. */
export async function loadFragmentRoadmap(hash: string): Promise<Roadmap> {
  const text = await decodeFragmentData(readFragmentData(hash) ?? '');
  const { checkDatasetText } = await import('./checkDatasetText');
  const result = await checkDatasetText(text, t('dataset.fragmentName'));
  if (!result.ok) throw new DatasetError(result.summary, result.problems);
  return result.roadmap;
}
