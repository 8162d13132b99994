import { useEffect } from 'react';
import type { Roadmap } from '../dataset/schema';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { localiseRoadmap } from '../dataset/localiseRoadmap';
import { currentLanguage, i18n } from '../i18n/i18n';
import type { AppStore } from '../state/createAppStore';

/**
 * Keeps the store's roadmap in the page's language: the dataset's own translations of its titles, summaries and
 * tour, re-applied when the language changes. The ids stay, so the selection, window and tour step stay too.
 */
export function useLocalisedRoadmap(store: AppStore, original: Roadmap) {
  useEffect(() => {
    // The store was created in the language of the first render.
    let shown = currentLanguage();
    return i18n.on('change', () => {
      if (currentLanguage() === shown) return;
      shown = currentLanguage();
      const roadmap = localiseRoadmap(original, shown);
      store.setState({ roadmap, index: indexRoadmap(roadmap) });
    });
  }, [store, original]);
}
