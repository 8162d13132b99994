import { DatasetError, formatProblem } from '../dataset/DatasetError';

/** Says what is wrong with the dataset and where, in words a dataset author can act on. */
export function DatasetErrorPanel({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const problems = error instanceof DatasetError ? error.problems : [];
  const summary = error instanceof DatasetError && problems.length ? error.message.split(':')[0] : error.message;
  return (
    <main className="dataset-error" role="alert" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">The roadmap could not be loaded</h1>
      <p>{summary}</p>
      {problems.length > 0 && (
        <>
          <p>
            {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}, each with its place in the JSON file:
          </p>
          <ul className="dataset-error__problems">
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path || '(whole file)'}</code> {formatProblem({ ...p, path: '' })}
              </li>
            ))}
          </ul>
        </>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </main>
  );
}
