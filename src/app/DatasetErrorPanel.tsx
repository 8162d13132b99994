import { DatasetError, formatProblem } from '../dataset/DatasetError';
import { useT } from '../i18n/useT';

// Past this many, the list is too long to read; the first ones show the pattern.
const MAX_LISTED = 50;

interface DatasetErrorPanelProps {
  error: Error;
  /** Over a dataset that is still on screen and usable, rather than in place of the page. */
  overlay?: boolean;
  onRetry?: () => void;
  onDismiss?: () => void;
  onReset?: () => void;
}

/** Says what is wrong with a dataset and where, in words a dataset author can act on. */
export function DatasetErrorPanel({ error, overlay = false, onRetry, onDismiss, onReset }: DatasetErrorPanelProps) {
  const t = useT();
  const problems = error instanceof DatasetError ? error.problems : [];
  const summary = error instanceof DatasetError ? error.summary : error.message;
  const Tag = overlay ? 'section' : 'main';
  return (
    <Tag className={overlay ? 'dataset-error dataset-error--overlay' : 'dataset-error'} role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{overlay ? t('app.datasetError.overlayTitle') : t('app.datasetError.title')}</h2>
      <p>{summary}</p>
      {problems.length > 0 && (
        <>
          <p>{t('app.datasetError.problems', { count: problems.length })}</p>
          <ul className="dataset-error__problems">
            {problems.slice(0, MAX_LISTED).map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
          {problems.length > MAX_LISTED && <p>{t('app.datasetError.more', { count: problems.length - MAX_LISTED })}</p>}
        </>
      )}
      {overlay && <p className="muted">{t('app.datasetError.stillShown')}</p>}
      <div className="dataset-error__actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('ui.tryAgain')}
          </button>
        )}
        {onReset && (
          <button type="button" onClick={onReset}>
            {t('app.datasetError.reset')}
          </button>
        )}
        {onDismiss && (
          <button type="button" onClick={onDismiss}>
            {t('ui.dismiss')}
          </button>
        )}
      </div>
    </Tag>
  );
}
