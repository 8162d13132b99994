import { describe, expect, it } from 'vitest';
import { checkSiteUrl, contentSecurityPolicy, previewText, scriptHash, sharePageHtml, sharePagesOf, withCsp } from './sharePages';

const index = `<!doctype html><html><head>
<link rel="icon" href="./favicon.svg" />
<meta name="description" content="App description" />
<title>AGI Roadmap Explorer</title>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
</head><body></body></html>`;
const page = { id: 'codex', title: 'Codex <agent>', description: 'A "coding" agent.' };

describe('share pages', () => {
  it('gives the page its own title and preview tags, escaped', () => {
    const html = sharePageHtml(index, page, 'AGI Roadmap Explorer');
    expect(html).toContain('<title>Codex &lt;agent&gt; · AGI Roadmap Explorer</title>');
    expect(html).toContain('<meta property="og:title" content="Codex &lt;agent&gt;" />');
    expect(html).toContain('<meta property="og:description" content="A &quot;coding&quot; agent." />');
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toContain('<meta name="description" content="A &quot;coding&quot; agent."');
  });

  it('climbs two folders for every relative asset', () => {
    const html = sharePageHtml(index, page, 'AGI Roadmap Explorer');
    expect(html).toContain('src="../../assets/index-abc.js"');
    expect(html).toContain('href="../../assets/index-abc.css"');
    expect(html).toContain('href="../../favicon.svg"');
    expect(html).not.toContain('"./');
  });

  it('adds canonical and og:url only with a site URL', () => {
    expect(sharePageHtml(index, page, 'X')).not.toContain('canonical');
    const html = sharePageHtml(index, page, 'X', 'https://example.org/roadmap/');
    expect(html).toContain('<link rel="canonical" href="https://example.org/roadmap/n/codex/" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/roadmap/n/codex/" />');
  });

  it('lists a page for every level, initiative, concern and milestone', () => {
    const pages = sharePagesOf({
      levels: [{ id: 'level-1', name: 'Chatbots', rank: 1, summary: 's' }],
      initiatives: [{ id: 'codex', name: 'Codex', summary: 's' }],
      concerns: [{ id: 'data-privacy', name: 'Data privacy', summary: 's' }],
      milestones: [{ id: 'm', title: 'M', date: '2025', summary: 's' }],
    });
    expect(pages.map((p) => [p.id, p.title])).toEqual([
      ['level-1', 'Level 1: Chatbots'],
      ['codex', 'Codex'],
      ['data-privacy', 'Ethics concern: Data privacy'],
      ['m', 'M'],
    ]);
  });

  it('shortens long descriptions at a word', () => {
    const text = previewText('word '.repeat(100));
    expect(text.length).toBeLessThanOrEqual(201);
    expect(text.endsWith('word…')).toBe(true);
  });
});

describe('checkSiteUrl', () => {
  it('accepts absolute http(s) addresses and refuses the rest with a clear message', () => {
    expect(checkSiteUrl(undefined)).toBeUndefined();
    expect(checkSiteUrl('https://example.org/roadmap')).toBe('https://example.org/roadmap');
    expect(() => checkSiteUrl('example.org')).toThrow(/not an absolute address/);
    expect(() => checkSiteUrl('ftp://example.org')).toThrow(/must start with https/);
  });
});

describe('Content-Security-Policy', () => {
  it('forbids inline scripts and eval, and allows only what the features need', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).toContain("connect-src 'self' https:");
    expect(policy).toContain("worker-src 'self'");
  });

  it('is written into the page right after the charset', () => {
    const html = withCsp('<head>\n<meta charset="UTF-8" />\n<title>x</title></head>');
    expect(html).toMatch(/<meta charset="UTF-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  });

  it('allows the inline scripts the page already holds by their hashes, and nothing else inline', () => {
    const html = withCsp('<head>\n<meta charset="UTF-8" />\n<script id="x">go()</script><script src="./a.js"></script></head>');
    // echo -n 'go()' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('go()')).toBe('sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw=');
    expect(html).toContain(`script-src 'self' 'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw=';`);
    expect(html).not.toContain('unsafe-inline');
  });
});
