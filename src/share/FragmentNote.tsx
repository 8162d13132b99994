import { SAFE_LINK_LENGTH } from '../dataset/fragmentData';
import type { FragmentLink } from './useFragmentLink';

const chars = (n: number) => `${n.toLocaleString('en')} characters`;

/** What a link that carries the roadmap itself can do, and what to do when the roadmap is too big for one. */
export function FragmentNote({ fragment, onDownload }: { fragment: FragmentLink; onDownload: () => void }) {
  if (fragment.state !== 'ready') {
    if (fragment.state === 'off') return null;
    if (fragment.state === 'encoding') return <p className="share-panel__note">Packing the roadmap into the link…</p>;
    return <p className="share-panel__note">This browser cannot pack the roadmap into a link, so links and QR codes open the built-in roadmap.</p>;
  }
  if (fragment.safe) {
    return (
      <p className="share-panel__note">
        This link carries the roadmap itself ({chars(fragment.link.length)}), after the #, which browsers never send to a server: whoever opens it sees this
        roadmap and view, with no upload and no account.
      </p>
    );
  }
  return (
    <div className="share-panel__note">
      <p>
        With the roadmap inside it, the link would be {chars(fragment.link.length)} long, past the safe {chars(SAFE_LINK_LENGTH)}: the length every browser and
        server must accept (RFC 9110), beyond which chat apps, mail programs and link shorteners cut or refuse links. To share this roadmap, host the file (a
        web page, a GitHub repository or a published spreadsheet) and share the app with ?data= and its address. The link above opens the built-in roadmap.
      </p>
      <button type="button" onClick={onDownload}>
        Download the roadmap (JSON)
      </button>
    </div>
  );
}
