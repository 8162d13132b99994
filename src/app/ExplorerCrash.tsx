interface ExplorerCrashProps {
  error: Error;
  onBuiltIn: () => void;
}

/** What the page shows when the explorer itself failed while drawing and there is no earlier roadmap to go back to. */
export function ExplorerCrash({ error, onBuiltIn }: ExplorerCrashProps) {
  return (
    <main className="dataset-error app-crash" role="alert" aria-labelledby="app-crash-title">
      <h1 id="app-crash-title">The explorer stopped because of an error</h1>
      <p>Something went wrong while drawing the roadmap, so it cannot be shown. Reloading often helps; the built-in roadmap is always there to go back to.</p>
      <div className="dataset-error__actions">
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <button type="button" onClick={onBuiltIn}>
          Back to the built-in roadmap
        </button>
      </div>
      <details className="app-crash__details" open>
        <summary>The error, for a bug report</summary>
        <pre>{error.stack?.includes(error.message) ? error.stack : `${String(error)}\n${error.stack ?? ''}`}</pre>
      </details>
    </main>
  );
}
