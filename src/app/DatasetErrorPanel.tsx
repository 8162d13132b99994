import { DatasetError, formatProblem } from '../dataset/DatasetError';

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
  const problems = error instanceof DatasetError ? error.problems : [];
  const summary = error instanceof DatasetError ? error.summary : error.message;
  const Tag = overlay ? 'section' : 'main';
  return (
    <Tag className={overlay ? 'dataset-error dataset-error--overlay' : 'dataset-error'} role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{overlay ? 'That dataset could not be loaded' : 'The roadmap could not be loaded'}</h2>
      <p>{summary}</p>
      {problems.length > 0 && (
        <>
          <p>
            {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}, each with its place in the file (a JSON path, or a CSV
            row and column):
          </p>
          <ul className="dataset-error__problems">
            {problems.slice(0, MAX_LISTED).map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
          {problems.length > MAX_LISTED && <p>…and {problems.length - MAX_LISTED} more. Run `npm run validate -- file` for the full list.</p>}
        </>
      )}
      {overlay && <p className="muted">The roadmap that was already loaded is still on screen and usable.</p>}
      <div className="dataset-error__actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {onReset && (
          <button type="button" onClick={onReset}>
            Reset to the built-in roadmap
          </button>
        )}
        {onDismiss && (
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    </Tag>
  );
}
