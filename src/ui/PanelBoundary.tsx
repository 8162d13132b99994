import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import type { MessageId } from '../i18n/i18n';
import { useT } from '../i18n/useT';

interface PanelBoundaryProps {
  /** The id of the panel's name, as the fallback gives it: "The details", "The share menu". */
  name: MessageId;
  /** A new value (another selection) tries the panel again. */
  resetKey?: unknown;
  children: ReactNode;
}

/** One panel that fails shows what happened in its own place, with a way to try again; the rest of the page carries on. */
export function PanelBoundary({ name, resetKey, children }: PanelBoundaryProps) {
  const t = useT();
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={(error, retry) => (
        <div className="panel-error" role="alert">
          <p>{t('ui.boundary', { name: t(name) })}</p>
          <button type="button" onClick={retry}>
            {t('ui.tryAgain')}
          </button>
          <details>
            <summary>{t('ui.boundary.details')}</summary>
            <pre>{String(error)}</pre>
          </details>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
