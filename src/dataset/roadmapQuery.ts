import { queryOptions, skipToken } from '@tanstack/react-query';
import { loadRoadmap, NetworkError } from './loadRoadmap';
import { readFragmentData } from './fragmentData';
import { loadFragmentRoadmap } from './loadFragmentRoadmap';
import builtInUrl from '../../data/roadmap.json?url';

/** The URL of the dataset that ships with the app, emitted by Vite as its own hashed file. */
export const BUILT_IN_DATASET_URL = builtInUrl;

export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

/**
 * A dataset's download and validation. Its progress goes into the query client too (roadmapProgressQuery), so
 * whoever started the download (main.tsx, before the first render, or the app) the loading screen can show it.
 */
export function roadmapQuery(url: string = BUILT_IN_DATASET_URL) {
  return queryOptions({
    queryKey: ['roadmap', url],
    // A `#data=…` address is a roadmap carried in the link itself.
    queryFn: ({ signal, client }) =>
      readFragmentData(url) !== null
        ? loadFragmentRoadmap(url)
        : loadRoadmap(url, { signal, onProgress: (loaded, total) => client.setQueryData(roadmapProgressQuery(url).queryKey, { loaded, total }) }),
    staleTime: Infinity,
    // Only the network is worth retrying; a broken dataset stays broken and retrying only delays the message.
    retry: (count, error) => error instanceof NetworkError && count < 2,
    // A failure already shown stays until someone asks again (Retry), even when it came before the app mounted.
    retryOnMount: false,
  });
}

/** The bytes of `url` downloaded so far; it never fetches, roadmapQuery writes it. */
export function roadmapProgressQuery(url: string) {
  return queryOptions<DownloadProgress>({ queryKey: ['roadmap-progress', url], queryFn: skipToken, staleTime: Infinity });
}
