import { useAppStore } from '../state/AppStore';
import { selectSelectedNode } from '../state/selectors';
import { useT } from '../i18n/useT';

/** Says each change of selection aloud to screen readers (polite), wherever it came from. */
export function SelectionAnnouncer() {
  const t = useT();
  const node = useAppStore(selectSelectedNode);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-announcer="">
      {node ? t('app.announce', { kind: node.kind, title: node.title }) : ''}
    </p>
  );
}
