import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * Around a part loaded on demand: when its code cannot be fetched (offline, a deployment replaced it),
 * the fallback shows instead of the whole page going blank.
 */
export function ChunkBoundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return <ErrorBoundary fallback={() => fallback}>{children}</ErrorBoundary>;
}
