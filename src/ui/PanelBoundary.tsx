import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

interface PanelBoundaryProps {
  /** The panel, as the fallback names it: "The details", "The share menu". */
  name: string;
  /** A new value (another selection) tries the panel again. */
  resetKey?: unknown;
  children: ReactNode;
}

/** One panel that fails shows what happened in its own place, with a way to try again; the rest of the page carries on. */
export function PanelBoundary({ name, resetKey, children }: PanelBoundaryProps) {
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={(error, retry) => (
        <div className="panel-error" role="alert">
          <p>{name} could not be shown because of an error. The rest of the page still works.</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
          <details>
            <summary>Error details</summary>
            <pre>{String(error)}</pre>
          </details>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
