import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { useT } from '../i18n/useT';
import './notices.css';

/** Polite notes about what could not be used (an unknown id in a link, a malformed parameter); the app carries on. */
export function Notices() {
  const t = useT();
  const store = useAppStoreApi();
  const notices = useAppStore((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.length > 0 && (
        <div className="notice">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => store.getState().dismissNotices()}>
            {t('ui.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
