import { useT } from '../i18n/useT';

interface ExplorerCrashProps {
  error: Error;
  onBuiltIn: () => void;
}

/** What the page shows when the explorer itself failed while drawing and there is no earlier roadmap to go back to. */
export function ExplorerCrash({ error, onBuiltIn }: ExplorerCrashProps) {
  const t = useT();
  return (
    <main className="dataset-error app-crash" role="alert" aria-labelledby="app-crash-title">
      <h1 id="app-crash-title">{t('app.crash.title')}</h1>
      <p>{t('app.crash.body')}</p>
      <div className="dataset-error__actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
        <button type="button" onClick={onBuiltIn}>
          {t('app.crash.builtIn')}
        </button>
      </div>
      <details className="app-crash__details" open>
        <summary>{t('app.crash.details')}</summary>
        <pre>{error.stack?.includes(error.message) ? error.stack : `${String(error)}\n${error.stack ?? ''}`}</pre>
      </details>
    </main>
  );
}
