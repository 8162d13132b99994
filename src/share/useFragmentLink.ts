import { useEffect, useState } from 'react';
import { useAppStore } from '../state/AppStore';
import { encodeFragmentData, FRAGMENT_PREFIX, SAFE_LINK_LENGTH } from '../dataset/fragmentData';

export type FragmentLink = { state: 'off' | 'encoding' | 'failed' } | { state: 'ready'; link: string; safe: boolean };

/**
 * For a roadmap that no address can name (opened from a file, or from such a link), the view's link with the
 * roadmap itself in its fragment. Compressing takes a moment, so it is done once per roadmap, off the render.
 */
export function useFragmentLink(link: string, enabled: boolean): FragmentLink {
  const roadmap = useAppStore((s) => s.roadmap);
  const [encoded, setEncoded] = useState<{ roadmap: unknown; value: string | null } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    encodeFragmentData(JSON.stringify(roadmap)).then(
      (value) => live && setEncoded({ roadmap, value }),
      () => live && setEncoded({ roadmap, value: null }),
    );
    return () => {
      live = false;
    };
  }, [roadmap, enabled]);
  if (!enabled) return { state: 'off' };
  if (!encoded || encoded.roadmap !== roadmap) return { state: 'encoding' };
  if (encoded.value === null) return { state: 'failed' };
  const full = `${link.replace(/#.*$/, '')}${FRAGMENT_PREFIX}${encoded.value}`;
  return { state: 'ready', link: full, safe: full.length <= SAFE_LINK_LENGTH };
}
