import { useAppStore, useAppStoreApi } from '../state/AppStore';

/** A link to another node inside the panel: selecting it moves the whole app there. */
export function NodeButton({ id, children }: { id: string; children?: React.ReactNode }) {
  const store = useAppStoreApi();
  const title = useAppStore((s) => s.index.nodes.get(id)?.title ?? id);
  return (
    <button type="button" className="node-button" onClick={() => store.getState().followLink(id)}>
      {children ?? title}
    </button>
  );
}
