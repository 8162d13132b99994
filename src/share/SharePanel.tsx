import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { embedSnippet, shareUrl, type ShareTarget } from './shareLinks';
import { qrPath } from './qrPath';
import { exportSvg } from './exportSvg';
import { copyText, downloadBlob, exportFileName, svgToPng } from './download';
import { useFragmentLink } from './useFragmentLink';
import { useLinkedWindow } from './useLinkedWindow';
import { FragmentNote } from './FragmentNote';
import { useLanguage, useT } from '../i18n/useT';

// A QR code holds at most about 2,300 characters at its error correction level; a longer link gets none.
const QR_MAX = 2300;

// On a phone the code is for the people around it to scan, not for the phone showing it.
const onPhone = () => window.matchMedia?.('(max-width: 900px), (pointer: coarse)').matches ?? false;

/** The share popover's body: link, QR code, embed code and image downloads of the current view. */
export default function SharePanel({ target, onClose }: { target: ShareTarget; onClose: () => void }) {
  const store = useAppStoreApi();
  const t = useT();
  const language = useLanguage();
  // The system share sheet (Web Share API), where the browser has one.
  const [canShare] = useState(() => typeof navigator.share === 'function');
  const [phone] = useState(onPhone);
  const view = useAppStore(useShallow((s) => ({ selectedId: s.selectedId, timeWindow: s.timeWindow, filters: s.filters })));
  const title = useAppStore((s) => {
    const node = s.selectedId ? s.index.nodes.get(s.selectedId) : undefined;
    return node ? `${s.roadmap.meta.title}: ${node.title}` : s.roadmap.meta.title;
  });
  const impliedWindow = useLinkedWindow();
  const viewLink = useMemo(() => shareUrl(view, target, { impliedWindow }), [view, target, impliedWindow]);
  const fragment = useFragmentLink(viewLink, !!target.localFile);
  const carried = fragment.state === 'ready' && fragment.safe;
  const link = carried ? fragment.link : viewLink;
  const snippet = useMemo(() => {
    const embedded = shareUrl(view, target, { embed: true, impliedWindow });
    return embedSnippet(carried ? `${embedded}${fragment.link.slice(fragment.link.indexOf('#'))}` : embedded, title);
  }, [view, target, title, carried, fragment, impliedWindow]);
  const qr = useMemo(() => (link.length <= QR_MAX ? qrPath(link) : null), [link]);
  const [status, setStatus] = useState({ text: '', link: '' });
  // A confirmation belongs to the link it was about; a new selection means a new link.
  const message = status.link === link ? status.text : '';
  const say = (text: string) => setStatus({ text, link });
  useEffect(() => {
    const first = document.querySelector<HTMLElement>('#share-panel button');
    first?.focus();
  }, []);

  const copy = async (text: string, what: 'link' | 'embed') => {
    const ok = await copyText(text);
    if (what === 'link') say(t(ok ? 'share.linkCopied' : 'share.linkRefused'));
    else say(t(ok ? 'share.embedCopied' : 'share.embedRefused'));
  };
  const image = () => {
    const s = store.getState();
    return exportSvg({ roadmap: s.roadmap, index: s.index, view, today: s.today, url: link, language });
  };
  const downloadSvg = () => {
    downloadBlob(new Blob([image().svg], { type: 'image/svg+xml' }), exportFileName(view.selectedId, 'svg'));
    say(t('share.svgDone'));
  };
  const downloadPng = async () => {
    try {
      const { svg, width, height } = image();
      downloadBlob(await svgToPng(svg, width, height, 2), exportFileName(view.selectedId, 'png'));
      say(t('share.pngDone'));
    } catch (error) {
      say(t('share.pngFailed', { error: (error as Error).message }));
    }
  };
  const systemShare = async () => {
    try {
      await navigator.share({ title, url: link });
    } catch {
      // Dismissing the share sheet rejects too; the link above stays there to copy.
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <section id="share-panel" className="share-panel" aria-label={t('share.button')} onKeyDown={onKeyDown}>
      <div className="share-panel__row">
        <label className="share-panel__field">
          <span>{t('share.linkLabel')}</span>
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={() => void copy(link, 'link')}>
          {t('share.copyLink')}
        </button>
        {canShare && (
          <button type="button" onClick={() => void systemShare()}>
            {t('share.system')}
          </button>
        )}
      </div>
      <FragmentNote
        fragment={fragment}
        onDownload={() => {
          downloadBlob(new Blob([JSON.stringify(store.getState().roadmap, null, 2)], { type: 'application/json' }), 'roadmap.json');
          say(t('share.roadmapDone'));
        }}
      />
      <p className="share-panel__status" role="status">
        {message}
      </p>
      {qr ? (
        <div className="share-panel__qr">
          <svg
            role="img"
            aria-label={carried ? t('share.qrCarried') : t('share.qr', { link })}
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            width="240"
            height="240"
            shapeRendering="crispEdges"
          >
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <p className="muted">{t(phone ? 'share.qrPhone' : 'share.qrRoom')}</p>
        </div>
      ) : (
        <p className="muted">{t('share.tooLong')}</p>
      )}
      <div className="share-panel__embed">
        <p className="share-panel__label">{t('share.embed')}</p>
        <pre>
          <code>{snippet}</code>
        </pre>
        <button type="button" onClick={() => void copy(snippet, 'embed')}>
          {t('share.copyEmbed')}
        </button>
      </div>
      <div className="share-panel__row">
        <button type="button" onClick={downloadSvg}>
          {t('share.downloadSvg')}
        </button>
        <button type="button" onClick={() => void downloadPng()}>
          {t('share.downloadPng')}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
    </section>
  );
}
