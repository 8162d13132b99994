import type { TimeWindow, ViewState } from '../state/createAppStore';
import { formatViewState } from '../url/viewStateUrl';
import { linkLanguage } from '../i18n/startLanguage';
import type { Language } from '../i18n/languages';

export interface ShareTarget {
  /** e.g. "https://example.org" */
  origin: string;
  /** The app's folder, e.g. "/sub/path/". */
  rootPath: string;
  /** True for the built-in dataset, whose nodes each have a share page at `n/<id>/`. */
  nodePages: boolean;
  /** A custom dataset's address, which every link carries as `?data=`. */
  dataUrl?: string | null;
  /** A dataset opened from a file cannot travel in a link. */
  localFile?: boolean;
}

/**
 * The link to hand out: a node's share page (so chat apps show a preview) plus our non-default
 * parameters, and the page's language unless told otherwise; foreign parameters such as utm_* are left behind, and
 * so is a window the link opens on anyway (`impliedWindow`, a node's milestones).
 * @example shareUrl(view, { origin: 'https://x.org', rootPath: '/', nodePages: true }) // "https://x.org/n/codex/"
 */
export function shareUrl(
  view: ViewState,
  target: ShareTarget,
  options: { embed?: boolean; language?: Language | null; impliedWindow?: TimeWindow | null } = {},
): string {
  const language = options.language === undefined ? linkLanguage() : options.language;
  const base = `${target.origin}${target.rootPath}`;
  const carried = target.dataUrl ? `?data=${encodeURIComponent(target.dataUrl)}` : '';
  if (view.selectedId && target.nodePages && !target.dataUrl) {
    return `${base}n/${view.selectedId}/${formatViewState(view, '', { omitNode: true, embed: options.embed, language, impliedWindow: options.impliedWindow })}`;
  }
  return `${base}${formatViewState(view, carried, { embed: options.embed, language, impliedWindow: options.impliedWindow })}`;
}

/** The iframe snippet for a course page or a blog: a title for screen readers, a size, no border. */
export function embedSnippet(url: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="960" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
