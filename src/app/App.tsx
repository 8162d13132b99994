import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState, type ComponentProps } from 'react';
import { useQuery } from '@tanstack/react-query';
import { roadmapProgressQuery, roadmapQuery } from '../dataset/roadmapQuery';
import { DatasetError } from '../dataset/DatasetError';
import { readDatasetFile } from '../dataset/decodeDataset';
import { MAX_DATASET_BYTES, tooLargeMessage } from '../dataset/datasetLimits';
import type { DatasetCheck } from '../dataset/validateDatasetText';
import type { DatasetErrorPanel as ErrorPanel } from './DatasetErrorPanel';
import { Explorer } from './Explorer';
import { ChunkBoundary } from '../ui/ChunkBoundary';
import { prefetchWhenIdle } from '../ui/whenIdle';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { readDataParam } from './dataParam';
import { clearViewAddress, writeDataAddress } from './useUrlSync';
import { addressOf, decideDataset, type DatasetSource } from './datasetSource';
import { useFileDrop } from './useFileDrop';
import { ExplorerCrash } from './ExplorerCrash';
import { StartupHeader } from './StartupHeader';
import type { DatasetControls } from './datasetControls';
import { t } from '../i18n/i18n';
import { useLanguage } from '../i18n/useT';
import { intlLocale } from '../i18n/format';
import './datasets.css';

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
 * Which dataset is on screen: the built-in roadmap, one named by the address (`?data=`, `#data=`), or a file the
 * person opened (decideDataset says which). A dataset that fails to load never replaces the one on screen.
 */
export function App({ datasetUrl }: { datasetUrl?: string }) {
  const [source, setSource] = useState<DatasetSource>(() => {
    const address = datasetUrl ?? readDataParam();
    return address ? { kind: 'address', address } : { kind: 'built-in' };
  });
  const [error, setError] = useState<Error | null>(null);
  const address = addressOf(source);
  const remote = useQuery({ ...roadmapQuery(address ?? ''), enabled: address !== null });
  const progress = useQuery({ ...roadmapProgressQuery(address ?? ''), enabled: address !== null }).data ?? null;
  // With a linked dataset the built-in one is only the fallback: it loads when that one fails, or on Reset.
  const builtIn = useQuery({ ...roadmapQuery(), enabled: address === null || remote.isError });

  const reset = useCallback(() => {
    setSource({ kind: 'built-in' });
    setError(null);
    writeDataAddress(null);
  }, []);

  // The last dataset whose explorer drew without an error, and what opened it: a new one that fails to draw gives
  // way to it. `attempt` gives the explorer a fresh start after it failed on the dataset it was already showing.
  const [lastGood, setLastGood] = useState<{ id: string; source: DatasetSource } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const onDrawn = useCallback((id: string, drawn: DatasetSource) => setLastGood((last) => (last?.id === id ? last : { id, source: drawn })), []);
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
    let result: DatasetCheck;
    try {
      const { checkDatasetText } = await import('../dataset/checkDatasetText');
      result = await checkDatasetText(text, file.name, file.type);
    } catch (failure) {
      setError(failure as Error);
      return;
    }
    if (!result.ok) {
      setError(new DatasetError(result.summary, result.problems));
      return;
    }
    setError(null);
    writeDataAddress(null);
    setSource((current) => ({ kind: 'file', fileName: file.name, roadmap: result.roadmap, opened: (current.kind === 'file' ? current.opened : 0) + 1 }));
  }, []);
  const dropFile = useCallback((file: File) => void openFile(file), [openFile]);
  useFileDrop(dropFile);

  useEffect(() => prefetchWhenIdle(loadErrorPanel), []);

  const remoteState = { data: remote.data, pending: remote.isPending, error: remote.error };
  const builtInState = { data: builtIn.data, pending: builtIn.isPending, error: builtIn.error, fetching: builtIn.isFetching };
  const decision = decideDataset(source, remoteState, builtInState, error);
  const { arrived } = decision;
  // The first dataset's explorer renders in a transition, in slices between frames, so the page answers input
  // while it builds; until then the page shows what it showed. A later dataset replaces the one on screen at once:
  // an old explorer left usable meanwhile would restart that render at every hover.
  const deferred = useDeferredValue(arrived?.id ?? null);
  const shown = deferred === null ? null : arrived;

  const errorLayer = decision.error && (
    <DatasetErrorPanel
      error={decision.error.error}
      overlay={decision.error.overlay}
      // A failed linked dataset shows over the built-in roadmap; dismissing it settles on that roadmap.
      onDismiss={decision.error.fromFile ? () => setError(null) : reset}
      onReset={source.kind !== 'built-in' ? reset : undefined}
    />
  );
  if (!shown) {
    const { waiting } = decision;
    if (waiting.kind === 'error') return errorLayer;
    if (waiting.kind === 'built-in-failed') return <DatasetErrorPanel error={waiting.error} onRetry={() => void builtIn.refetch()} />;
    return (
      <>
        <Loading progress={waiting.progress ? progress : null} url={waiting.label} onCancel={waiting.cancellable ? reset : undefined} />
        {errorLayer}
      </>
    );
  }
  const controls: DatasetControls = { label: shown.label, openFile: dropFile, reset: source.kind !== 'built-in' ? reset : null };
  const fallBack = lastGood && lastGood.id !== shown.id ? lastGood : null;
  const failedToDraw = (failure: Error) => {
    if (!fallBack) return;
    setSource(fallBack.source);
    writeDataAddress(addressOf(fallBack.source));
    setError(new DatasetError(t('app.drawFailed', { name: shown.label ?? t('app.builtInRoadmap'), error: String(failure) })));
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
          onDrawn={() => onDrawn(shown.id, shown.id === 'built-in' ? { kind: 'built-in' } : source)}
        />
      </ErrorBoundary>
      {errorLayer}
    </>
  );
}

function Loading({ progress, url, onCancel }: { progress: { loaded: number; total: number | null } | null; url: string | null; onCancel?: () => void }) {
  const language = useLanguage();
  // Megabytes to one decimal, in the page's digits and decimal sign: “12.3”, “12,3”, “١٢٫٣”.
  const mb = (b: number) => (b / 1_000_000).toLocaleString(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <>
      {!url && <StartupHeader />}
      <div className="loading" role="status">
        <p>{url ? t('app.loading.url', { url }) : t('app.loading.roadmap')}</p>
        {progress && (
          <>
            <progress max={progress.total ?? undefined} value={progress.total ? progress.loaded : undefined} aria-label={t('app.loading.progress')} />
            <p>
              {progress.total
                ? t('app.loading.mbOf', { loaded: mb(progress.loaded), total: mb(progress.total) })
                : t('app.loading.mb', { loaded: mb(progress.loaded) })}
            </p>
          </>
        )}
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('app.loading.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
