import { appRootPath } from '../url/viewStateUrl';
import './header.css';

/**
 * The built-in roadmap's header while it loads: the same markup as the one written in index.html, so React's
 * first render replaces that header with an identical one. A test holds both to data/roadmap.json's meta.
 */
export const BUILT_IN_TITLE = 'AGI Roadmap Explorer';
export const BUILT_IN_SUBTITLE =
  'How the essay "Codex, Sora, and Beyond" maps OpenAI\'s products and plans onto its five-level path to AGI, set beside what public sources say.';
/** The essay link's text in index.html, which is English before any catalogue has loaded. */
export const BUILT_IN_ESSAY_LINK = 'Read the essay';

export function StartupHeader() {
  return (
    <header className="app-header">
      <div className="app-header__intro">
        <div className="app-header__title-row">
          <h1>{BUILT_IN_TITLE}</h1>
        </div>
        <p className="app-header__subtitle">
          {BUILT_IN_SUBTITLE} <a href={`${appRootPath(window.location.pathname)}essay/`}>{BUILT_IN_ESSAY_LINK}</a>
        </p>
      </div>
    </header>
  );
}
