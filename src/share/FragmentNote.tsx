import { SAFE_LINK_LENGTH } from '../dataset/fragmentData';
import type { FragmentLink } from './useFragmentLink';
import { useT } from '../i18n/useT';

/** What a link that carries the roadmap itself can do, and what to do when the roadmap is too big for one. */
export function FragmentNote({ fragment, onDownload }: { fragment: FragmentLink; onDownload: () => void }) {
  const t = useT();
  const chars = (count: number) => t('share.characters', { count });
  if (fragment.state !== 'ready') {
    if (fragment.state === 'off') return null;
    if (fragment.state === 'encoding') return <p className="share-panel__note">{t('share.packing')}</p>;
    return <p className="share-panel__note">{t('share.cannotPack')}</p>;
  }
  if (fragment.safe) return <p className="share-panel__note">{t('share.carries', { length: chars(fragment.link.length) })}</p>;
  return (
    <div className="share-panel__note">
      <p>{t('share.tooLongToCarry', { length: chars(fragment.link.length), safe: chars(SAFE_LINK_LENGTH) })}</p>
      <button type="button" onClick={onDownload}>
        {t('share.downloadRoadmap')}
      </button>
    </div>
  );
}
