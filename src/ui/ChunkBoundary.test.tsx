import { lazy, Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChunkBoundary } from './ChunkBoundary';

describe('ChunkBoundary', () => {
  it('shows its fallback when the code of a part loaded on demand cannot be fetched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Missing = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <ChunkBoundary fallback={<p>Could not load</p>}>
        <Suspense fallback={<p>Loading</p>}>
          <Missing />
        </Suspense>
      </ChunkBoundary>,
    );
    expect(await screen.findByText('Could not load')).toBeInTheDocument();
  });

  it('shows the part itself when it loads', async () => {
    const Here = lazy(() => Promise.resolve({ default: () => <p>Loaded part</p> }));
    render(
      <ChunkBoundary fallback={<p>Could not load</p>}>
        <Suspense fallback={null}>
          <Here />
        </Suspense>
      </ChunkBoundary>,
    );
    expect(await screen.findByText('Loaded part')).toBeInTheDocument();
  });
});
