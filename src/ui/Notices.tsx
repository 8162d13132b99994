/** Polite notes about what could not be used (an unknown id in a link, a malformed parameter); the app carries on. */
export function Notices({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.length > 0 && (
        <div className="notice">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
