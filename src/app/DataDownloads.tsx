import { useRef, useState } from 'react';
import { useAppStoreApi } from '../state/AppStore';
import { useDismissableDetails } from '../ui/useDismissableDetails';
import { useT } from '../i18n/useT';
import type { MessageId } from '../i18n/i18n';
import './dataTools.css';

// The CSV code (papaparse) is downloaded only when someone asks for a CSV.
const loadCsv = () => import('../dataset/csv/roadmapToCsv');

/** "Download template" for a spreadsheet roadmap, and the roadmap on screen as CSV or JSON. */
export function DataDownloads() {
  const store = useAppStoreApi();
  const ref = useRef<HTMLDetailsElement>(null);
  const t = useT();
  // The id, not the text, so a change of language re-words the status too.
  const [status, setStatus] = useState<MessageId | null>(null);
  useDismissableDetails(ref);
  const save = async (what: 'template' | 'csv' | 'json') => {
    const roadmap = store.getState().roadmap;
    const base =
      roadmap.meta.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'roadmap';
    try {
      // The download helper lives beside the image export, which is not part of the first download either.
      const { downloadBlob } = await import('../share/download');
      if (what === 'json') downloadBlob(new Blob([JSON.stringify(roadmap, null, 2)], { type: 'application/json' }), `${base}.json`);
      else {
        const csv = await loadCsv();
        const text = what === 'template' ? csv.csvTemplate() : csv.roadmapToCsv(roadmap);
        downloadBlob(new Blob([text], { type: 'text/csv' }), what === 'template' ? 'roadmap-template.csv' : `${base}.csv`);
      }
      setStatus('app.downloads.done');
    } catch {
      setStatus('app.downloads.failed');
    }
  };
  return (
    <details className="data-downloads" ref={ref}>
      <summary>{t('app.downloads.button')}</summary>
      <div className="data-downloads__body">
        <button type="button" onClick={() => void save('template')}>
          {t('app.downloads.template')}
        </button>
        <p className="muted">{t('app.downloads.templateHint')}</p>
        <button type="button" onClick={() => void save('csv')}>
          {t('app.downloads.csv')}
        </button>
        <button type="button" onClick={() => void save('json')}>
          {t('app.downloads.json')}
        </button>
        <p className="muted" role="status">
          {status && t(status)}
        </p>
      </div>
    </details>
  );
}
