import { lazy, Suspense } from 'react';
import type { ShareTarget } from '../share/shareLinks';

// Only a page embedded in another one shows this header, so it loads there and nowhere else.
const EmbedHeaderBar = lazy(() => import('./EmbedHeaderBar').then((m) => ({ default: m.EmbedHeaderBar })));

/** The embedded app's slim header. */
export function EmbedHeader({ target }: { target: ShareTarget }) {
  return (
    <Suspense fallback={null}>
      <EmbedHeaderBar target={target} />
    </Suspense>
  );
}
