import { queryOptions } from '@tanstack/react-query';
import { loadRoadmap, NetworkError } from './loadRoadmap';
import { readFragmentData } from './fragmentData';
import { loadFragmentRoadmap } from './loadFragmentRoadmap';
import builtInUrl from '../../data/roadmap.json?url';

/** The URL of the dataset that ships with the app, emitted by Vite as its own hashed file. */
export const BUILT_IN_DATASET_URL = builtInUrl;

export function roadmapQuery(url: string = BUILT_IN_DATASET_URL, onProgress?: (loaded: number, total: number | null) => void) {
  return queryOptions({
    queryKey: ['roadmap', url],
    // A `#data=…` address is a roadmap carried in the link itself.
    queryFn: ({ signal }) => (readFragmentData(url) !== null ? loadFragmentRoadmap(url) : loadRoadmap(url, { signal, onProgress })),
    staleTime: Infinity,
    // Only the network is worth retrying; a broken dataset stays broken and retrying only delays the message.
    retry: (count, error) => error instanceof NetworkError && count < 2,
  });
}
