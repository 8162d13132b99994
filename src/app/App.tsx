import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState, type ComponentProps } from 'react';
import { useQuery } from '@tanstack/react-query';
import { roadmapProgressQuery, roadmapQuery } from '../dataset/roadmapQuery';
import { DatasetError } from '../dataset/DatasetError';
import { readDatasetFile } from '../dataset/decodeDataset';
import { MAX_DATASET_BYTES, tooLargeMessage } from '../dataset/validateDatasetText';
import { checkDatasetText } from '../dataset/checkDatasetText';
import type { Roadmap } from '../dataset/schema';
import type { DatasetErrorPanel as ErrorPanel } from './DatasetErrorPanel';
import { Explorer } from './Explorer';
import { ChunkBoundary } from '../ui/ChunkBoundary';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { clearDataParam, clearViewAddress, describeDataUrl, readDataParam, writeDataParam } from './dataParam';
import { ExplorerCrash } from './ExplorerCrash';
import { StartupHeader } from './StartupHeader';
import type { DatasetControls } from './datasetControls';

// `opened` counts the files opened, so opening a file again (edited since) gives it a fresh explorer and store.
type Custom = { url: string } | { fileName: string; roadmap: Roadmap; opened: number };

// The error panel is not part of the first download. It is fetched once the app is idle all the same, so it can
// still show when the network that failed a dataset is gone by then.
const loadErrorPanel = () => import('./DatasetErrorPanel');
const LazyErrorPanel = lazy(() => loadErrorPanel().then((m) => ({ default: m.DatasetErrorPanel })));

function DatasetErrorPanel(props: ComponentProps<typeof ErrorPanel>) {
  // Without its code (the network is down and nothing was saved) the error still reads, in plain words.
  const plain = (
    <div className="dataset-error" role="alert">
      <p>{props.error.message}</p>
    </div>
  );
  return (
    <ChunkBoundary fallback={plain}>
      <Suspense fallback={null}>
        <LazyErrorPanel {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}

/**
 * Which dataset is on screen: the built-in roadmap, one named by `?data=`, or a file the person opened.
 * A dataset that fails to load never replaces the one on screen: its error shows over it.
 */
export function App({ datasetUrl }: { datasetUrl?: string }) {
  const [custom, setCustom] = useState<Custom | null>(() => {
    const url = datasetUrl ?? readDataParam();
    return url ? { url } : null;
  });
  const [error, setError] = useState<Error | null>(null);
  const customUrl = custom && 'url' in custom ? custom.url : null;
  const remote = useQuery({ ...roadmapQuery(customUrl ?? ''), enabled: customUrl !== null });
  const progress = useQuery({ ...roadmapProgressQuery(customUrl ?? ''), enabled: customUrl !== null }).data ?? null;
  // With a ?data= dataset the built-in one is only the fallback: it loads when that one fails, or on Reset.
  const builtIn = useQuery({ ...roadmapQuery(), enabled: customUrl === null || remote.isError });

  const reset = useCallback(() => {
    setCustom(null);
    setError(null);
    clearDataParam();
  }, []);

  // The last dataset whose explorer drew without an error, and what opened it: a new one that fails to draw gives
  // way to it. `attempt` gives the explorer a fresh start after it failed on the dataset it was already showing.
  const [lastGood, setLastGood] = useState<{ id: string; custom: Custom | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const onDrawn = useCallback((id: string, drawn: Custom | null) => setLastGood((last) => (last?.id === id ? last : { id, custom: drawn })), []);
  const backToBuiltIn = () => {
    reset();
    clearViewAddress();
    setAttempt((n) => n + 1);
  };

  const openFile = useCallback(async (file: File) => {
    if (file.size > MAX_DATASET_BYTES) {
      setError(new DatasetError(tooLargeMessage(file.name, file.size)));
      return;
    }
    let text: string;
    try {
      text = await readDatasetFile(file, file.name);
    } catch (failure) {
      setError(failure as Error);
      return;
    }
    const result = await checkDatasetText(text, file.name, file.type);
    if (!result.ok) {
      setError(new DatasetError(result.summary, result.problems));
      return;
    }
    setError(null);
    clearDataParam();
    setCustom((current) => ({ fileName: file.name, roadmap: result.roadmap, opened: (current && 'opened' in current ? current.opened : 0) + 1 }));
  }, []);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => void loadErrorPanel().catch(() => undefined));
  }, []);

  // Drop a .json or .csv file anywhere on the page to open it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  const remotePending = remote.isPending;
  const arrived = useMemo((): Shown | null => {
    if (custom && 'fileName' in custom)
      return { id: `file:${custom.opened}:${custom.fileName}`, roadmap: custom.roadmap, label: custom.fileName, dataUrl: null, localFile: true };
    if (customUrl && remote.data) return { id: customUrl, roadmap: remote.data, ...describeDataUrl(customUrl) };
    if (builtIn.data && !(customUrl && remotePending)) return { id: 'built-in', roadmap: builtIn.data, label: null, dataUrl: null, localFile: false };
    return null;
  }, [custom, customUrl, remote.data, builtIn.data, remotePending]);
  // The first dataset's explorer renders in a transition, in slices between frames, so the page answers input
  // while it builds; until then the page shows what it showed. A later dataset replaces the one on screen at once:
  // an old explorer left usable meanwhile would restart that render at every hover.
  const deferred = useDeferredValue(arrived);
  const shown = deferred === null ? null : arrived;

  // A failed ?data= load shows over the built-in roadmap; dismissing it settles on that roadmap.
  const remoteError = customUrl && remote.isError ? remote.error : null;
  const shownError = error ?? remoteError;

  const errorLayer = shownError && (
    <DatasetErrorPanel
      error={shownError}
      overlay={arrived !== null || (remoteError !== null && builtIn.isFetching)}
      onDismiss={error ? () => setError(null) : reset}
      onReset={custom ? reset : undefined}
    />
  );
  if (!shown) {
    if (shownError && !builtIn.isPending && !arrived) return errorLayer;
    if (builtIn.isError && !arrived && !(customUrl && remote.isPending))
      return <DatasetErrorPanel error={builtIn.error} onRetry={() => void builtIn.refetch()} />;
    return (
      <>
        <Loading
          progress={customUrl && !remoteError ? progress : null}
          url={remoteError || !customUrl ? null : describeDataUrl(customUrl).label}
          onCancel={customUrl && !remoteError ? reset : undefined}
        />
        {errorLayer}
      </>
    );
  }
  const controls: DatasetControls = { label: shown.label, openFile: (f) => void openFile(f), reset: custom ? reset : null };
  const fallBack = lastGood && lastGood.id !== shown.id ? lastGood : null;
  const failedToDraw = (failure: Error) => {
    if (!fallBack) return;
    setCustom(fallBack.custom);
    if (fallBack.custom && 'url' in fallBack.custom) writeDataParam(fallBack.custom.url);
    else clearDataParam();
    setError(new DatasetError(`${shown.label ?? 'The built-in roadmap'} loaded, but drawing it failed: ${String(failure)}`));
  };
  return (
    <>
      <ErrorBoundary
        key={`${shown.id}#${attempt}`}
        onError={failedToDraw}
        // With an earlier roadmap to go back to, that one replaces this in the same frame; nothing to show meanwhile.
        fallback={(failure) => (fallBack ? null : <ExplorerCrash error={failure} onBuiltIn={backToBuiltIn} />)}
      >
        <Explorer
          roadmap={shown.roadmap}
          nodePages={shown.id === 'built-in'}
          dataUrl={shown.dataUrl}
          localFile={shown.localFile}
          controls={controls}
          onDrawn={() => onDrawn(shown.id, shown.id === 'built-in' ? null : custom)}
        />
      </ErrorBoundary>
      {errorLayer}
    </>
  );
}

interface Shown {
  id: string;
  roadmap: Roadmap;
  label: string | null;
  dataUrl: string | null;
  localFile: boolean;
}

function Loading({ progress, url, onCancel }: { progress: { loaded: number; total: number | null } | null; url: string | null; onCancel?: () => void }) {
  const mb = (b: number) => (b / 1_000_000).toFixed(1);
  return (
    <>
      {!url && <StartupHeader />}
      <div className="loading" role="status">
        <p>{url ? `Loading ${url}…` : 'Loading the roadmap…'}</p>
        {progress && (
          <>
            <progress max={progress.total ?? undefined} value={progress.total ? progress.loaded : undefined} aria-label="Download progress" />
            <p>
              {mb(progress.loaded)} MB{progress.total ? ` of ${mb(progress.total)} MB` : ''}
            </p>
          </>
        )}
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel and show the built-in roadmap
          </button>
        )}
      </div>
    </>
  );
}
