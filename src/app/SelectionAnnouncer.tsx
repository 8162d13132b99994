import { useAppStore } from '../state/AppStore';
import { selectSelectedNode } from '../state/selectors';

const KIND = { level: 'level', initiative: 'initiative', concern: 'ethics concern', milestone: 'milestone' } as const;

/** Says each change of selection aloud to screen readers (polite), wherever it came from. */
export function SelectionAnnouncer() {
  const node = useAppStore(selectSelectedNode);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-announcer="">
      {node ? `Selected ${KIND[node.kind]}: ${node.title}. Details are shown.` : ''}
    </p>
  );
}
