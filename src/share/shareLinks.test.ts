import { describe, expect, it } from 'vitest';
import { embedSnippet, shareUrl } from './shareLinks';
import { qrPath } from './qrPath';
import type { ViewState } from '../state/createAppStore';

const view: ViewState = { selectedId: 'codex', timeWindow: null, filters: { hiddenLanes: [], concern: null } };
const target = { origin: 'https://example.org', rootPath: '/explorer/', nodePages: true };

describe('share links', () => {
  it("hands out the node's share page with only our non-default parameters", () => {
    expect(shareUrl(view, target)).toBe('https://example.org/explorer/n/codex/');
    expect(shareUrl({ ...view, filters: { hiddenLanes: ['sora'], concern: null } }, target)).toBe('https://example.org/explorer/n/codex/?hide=sora');
  });

  it('uses ?node= when there are no share pages, and the root without a selection', () => {
    expect(shareUrl(view, { ...target, nodePages: false })).toBe('https://example.org/explorer/?node=codex');
    expect(shareUrl({ ...view, selectedId: null }, target)).toBe('https://example.org/explorer/');
  });

  it('carries a custom dataset as ?data= and uses ?node= for it', () => {
    expect(shareUrl(view, { ...target, nodePages: false, dataUrl: 'https://x.org/my data.json' })).toBe(
      'https://example.org/explorer/?data=https:%2F%2Fx.org%2Fmy+data.json&node=codex',
    );
  });

  it('adds embed=1 for the embed snippet', () => {
    expect(shareUrl(view, target, { embed: true })).toBe('https://example.org/explorer/n/codex/?embed=1');
  });

  it('escapes the snippet attributes', () => {
    const s = embedSnippet('https://x.org/?a=1&b=2', 'Say "hi" <now>');
    expect(s).toContain('src="https://x.org/?a=1&amp;b=2"');
    expect(s).toContain('title="Say &quot;hi&quot; &lt;now>"');
    expect(s).toMatch(/width="\d+" height="\d+"/);
  });
});

describe('qrPath', () => {
  it('draws a square code with finder patterns in the corners', () => {
    const { size, path } = qrPath('https://example.org/explorer/n/codex/');
    expect(size).toBeGreaterThanOrEqual(25);
    // The top-left finder pattern starts right after the 2-module border.
    expect(path).toContain('M2 2h1v1h-1z');
    expect(path).not.toContain('M0 0h1');
  });
});
