import { useRef } from 'react';
import type { DatasetControls } from './datasetControls';
import { DataDownloads } from './DataDownloads';
import { useT } from '../i18n/useT';
import './datasets.css';

/** Open a local .json or .csv dataset (or drop one on the page), and download the one on screen. */
export function DatasetMenu({ controls }: { controls: DatasetControls }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="dataset-menu">
      <button type="button" onClick={() => input.current?.click()}>
        {t('app.datasetMenu.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        hidden
        aria-label={t('app.datasetMenu.file')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) controls.openFile(file);
          e.target.value = '';
        }}
      />
      <DataDownloads />
    </div>
  );
}

/** Which dataset is on screen when it is not the built-in one, and the way back: kept in the toolbar's row. */
export function DatasetShowing({ controls }: { controls: DatasetControls }) {
  const t = useT();
  if (!controls.reset) return null;
  return (
    <div className="dataset-menu">
      <span className="dataset-menu__label" title={controls.label ?? ''}>
        {t('app.datasetMenu.showing', { label: controls.label ?? '' })}
      </span>
      <button type="button" onClick={controls.reset}>
        {t('app.datasetMenu.reset')}
      </button>
    </div>
  );
}
