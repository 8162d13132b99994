import { lazy, Suspense } from 'react';

// Few visits open the list of keys, so it loads when first asked for (and from the offline cache thereafter).
const ShortcutSheetDialog = lazy(() => import('./ShortcutSheetDialog').then((m) => ({ default: m.ShortcutSheetDialog })));

/** The list of keyboard shortcuts, as a modal dialog. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <ShortcutSheetDialog onClose={onClose} />
    </Suspense>
  );
}
