import { useRef, useState } from 'react';
import { useAppStoreApi } from '../state/AppStore';
import { useDismissableDetails } from '../ui/useDismissableDetails';
import './dataTools.css';

// The CSV code (papaparse) is downloaded only when someone asks for a CSV.
const loadCsv = () => import('../dataset/csv/roadmapToCsv');

/** "Download template" for a spreadsheet roadmap, and the roadmap on screen as CSV or JSON. */
export function DataDownloads() {
  const store = useAppStoreApi();
  const ref = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState('');
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
      setStatus('Downloaded.');
    } catch {
      setStatus('The download could not be prepared; check the connection and try again.');
    }
  };
  return (
    <details className="data-downloads" ref={ref}>
      <summary>Download</summary>
      <div className="data-downloads__body">
        <button type="button" onClick={() => void save('template')}>
          Download template
        </button>
        <p className="muted">A CSV with the columns and two example rows, to fill in any spreadsheet.</p>
        <button type="button" onClick={() => void save('csv')}>
          Download data (CSV)
        </button>
        <button type="button" onClick={() => void save('json')}>
          Download data (JSON)
        </button>
        <p className="muted" role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
