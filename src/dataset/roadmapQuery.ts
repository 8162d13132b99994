import { queryOptions } from '@tanstack/react-query';
import { loadRoadmap } from './loadRoadmap';
import builtInUrl from '../../data/roadmap.json?url';

/** The URL of the dataset that ships with the app, emitted by Vite as its own hashed file. */
export const BUILT_IN_DATASET_URL = builtInUrl;

export function roadmapQuery(url: string = BUILT_IN_DATASET_URL) {
  return queryOptions({
    queryKey: ['roadmap', url],
    queryFn: ({ signal }) => loadRoadmap(url, signal),
    staleTime: Infinity,
    // A broken dataset stays broken; retrying only delays the error panel.
    retry: false,
  });
}
