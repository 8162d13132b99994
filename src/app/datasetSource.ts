import type { Roadmap } from '../dataset/schema';
import { readFragmentData } from '../dataset/fragmentData';
import { t } from '../i18n/i18n';

/**
 * Where the dataset on screen comes from. An address is `?data=`'s URL or a `#data=…` hash (a roadmap carried in
 * the link); `opened` counts the files opened, so opening a file again (edited since) gives it a fresh explorer.
 */
export type DatasetSource = { kind: 'built-in' } | { kind: 'address'; address: string } | { kind: 'file'; fileName: string; roadmap: Roadmap; opened: number };

/** What a dataset query says, in the few words the decision needs. */
export interface QueryState {
  data: Roadmap | undefined;
  pending: boolean;
  error: Error | null;
  /** Downloading now (a first try, a retry or a Reset's reload). */
  fetching?: boolean;
}

/** A dataset ready to draw, with how the toolbar names it and what links carry. */
export interface ShownDataset {
  id: string;
  roadmap: Roadmap;
  label: string | null;
  dataUrl: string | null;
  localFile: boolean;
}

/** What the page shows while no explorer is drawn yet. */
export type Waiting =
  { kind: 'error' } | { kind: 'built-in-failed'; error: Error } | { kind: 'loading'; label: string | null; progress: boolean; cancellable: boolean };

export interface DatasetDecision {
  /** The dataset to draw, once it has arrived. */
  arrived: ShownDataset | null;
  /** An error to show: over the explorer (overlay) or in place of the page; dismissing a file's error only hides it. */
  error: { error: Error; overlay: boolean; fromFile: boolean } | null;
  waiting: Waiting;
}

/** The address a source downloads from, or null when nothing is downloaded for it (built-in is its own query). */
export const addressOf = (source: DatasetSource): string | null => (source.kind === 'address' ? source.address : null);

/** How the toolbar names a linked dataset, and what links carry: the address, or for a link's own roadmap, nothing. */
export function describeAddress(address: string): { label: string; dataUrl: string | null; localFile: boolean } {
  if (readFragmentData(address) !== null) return { label: t('app.linkRoadmap'), dataUrl: null, localFile: true };
  return { label: address, dataUrl: address, localFile: false };
}

/**
 * Which dataset is on screen and what shows over or instead of it. A file wins; a linked dataset shows once it
 * has arrived; the built-in one shows when nothing else is asked for, or once a linked one has failed. A dataset
 * that fails never replaces the one on screen: its error shows over it.
 * @example decideDataset({ kind: 'built-in' }, idle, { data: roadmap, pending: false, error: null }, null).arrived?.id === 'built-in'
 */
export function decideDataset(source: DatasetSource, remote: QueryState, builtIn: QueryState, fileError: Error | null): DatasetDecision {
  const address = addressOf(source);
  const arrived: ShownDataset | null =
    source.kind === 'file'
      ? { id: `file:${source.opened}:${source.fileName}`, roadmap: source.roadmap, label: source.fileName, dataUrl: null, localFile: true }
      : address && remote.data
        ? { id: address, roadmap: remote.data, ...describeAddress(address) }
        : builtIn.data && !(address && remote.pending)
          ? { id: 'built-in', roadmap: builtIn.data, label: null, dataUrl: null, localFile: false }
          : null;
  const remoteError = address && remote.error ? remote.error : null;
  const shownError = fileError ?? remoteError;
  const error = shownError && {
    error: shownError,
    overlay: arrived !== null || (remoteError !== null && builtIn.fetching === true),
    fromFile: fileError !== null,
  };
  let waiting: Waiting;
  if (shownError && !builtIn.pending && !arrived) waiting = { kind: 'error' };
  else if (builtIn.error && !arrived && !(address && remote.pending)) waiting = { kind: 'built-in-failed', error: builtIn.error };
  else {
    const downloading = address !== null && !remoteError;
    waiting = { kind: 'loading', label: downloading ? describeAddress(address).label : null, progress: downloading, cancellable: downloading };
  }
  return { arrived, error, waiting };
}
