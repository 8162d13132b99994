import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface SharePage {
  id: string;
  title: string;
  description: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The Content-Security-Policy of every built page: no eval anywhere, and no inline script but those the build
 * writes itself, each allowed by its hash; images may be data: or blob: (QR code, PNG export); datasets may come
 * from any https address (`?data=`). The dev server goes without it, because it needs its inline preamble.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The hash a Content-Security-Policy allows an inline script by: `sha256-` and the base64 digest of its text. */
export function scriptHash(code: string): string {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/** Writes the policy right after the charset, allowing each inline script already in the page by its hash. */
export function withCsp(indexHtml: string): string {
  const inline = [...indexHtml.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1] ?? ''));
  const hashes = inline.map((m) => scriptHash(m[2] ?? ''));
  return indexHtml.replace(/(<meta charset="UTF-8" \/>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`);
}

/** A short, plain description for link previews (about 200 characters, cut at a word). */
export function previewText(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', max - 1))}…`;
}

/** The pages to write: one per level, initiative, ethics concern and milestone of a dataset. */
export function sharePagesOf(roadmap: {
  levels: { id: string; name: string; rank: number; summary: string }[];
  initiatives: { id: string; name: string; summary: string }[];
  concerns: { id: string; name: string; summary: string }[];
  milestones: { id: string; title: string; date: string; summary: string }[];
}): SharePage[] {
  return [
    ...roadmap.levels.map((l) => ({ id: l.id, title: `Level ${l.rank}: ${l.name}`, description: previewText(l.summary) })),
    ...roadmap.initiatives.map((n) => ({ id: n.id, title: n.name, description: previewText(n.summary) })),
    ...roadmap.concerns.map((c) => ({ id: c.id, title: `Ethics concern: ${c.name}`, description: previewText(c.summary) })),
    ...roadmap.milestones.map((m) => ({ id: m.id, title: m.title, description: previewText(m.summary) })),
  ];
}

/** The link-preview tags for one page; canonical and og:url only when its absolute URL is known. */
function previewTags(t: { title: string; description: string; type: 'article' | 'website'; siteName: string; url: string | null }): string {
  return [
    `<meta property="og:title" content="${esc(t.title)}" />`,
    `<meta property="og:description" content="${esc(t.description)}" />`,
    `<meta property="og:type" content="${t.type}" />`,
    `<meta property="og:site_name" content="${esc(t.siteName)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    ...(t.url ? [`<link rel="canonical" href="${esc(t.url)}" />`, `<meta property="og:url" content="${esc(t.url)}" />`] : []),
  ].join('\n    ');
}

const siteRoot = (siteUrl?: string) => (siteUrl ? `${siteUrl.replace(/\/+$/, '')}/` : null);

/** SITE_URL must be an absolute http(s) address; anything else would write wrong canonical links, so the build stops. */
export function checkSiteUrl(siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL "${siteUrl}" is not an absolute address; use the form https://example.org/roadmap`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${siteUrl}" must start with https:// or http://`);
  return url.href;
}

/**
 * Turns the built index.html into the share page of one node, two folders down (`n/<id>/`):
 * its own title and preview tags, and asset paths that climb back to the root.
 */
export function sharePageHtml(indexHtml: string, page: SharePage, appTitle: string, siteUrl?: string): string {
  const root = siteRoot(siteUrl);
  const tags = previewTags({ ...page, type: 'article', siteName: appTitle, url: root && `${root}n/${page.id}/` });
  return indexHtml
    .replace(/(src|href)="\.\//g, '$1="../../')
    .replace(/<title>[^<]*<\/title>/, `<title>${esc(`${page.title} · ${appTitle}`)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${esc(page.description)}"`)
    .replace('</head>', `    ${tags}\n  </head>`);
}

/** Preview tags for the root page too, so a link to the app itself previews well. */
export function rootPageHtml(indexHtml: string, appTitle: string, description: string, siteUrl?: string): string {
  const tags = previewTags({ title: appTitle, description, type: 'website', siteName: appTitle, url: siteRoot(siteUrl) });
  return indexHtml.replace('</head>', `    ${tags}\n  </head>`);
}

/**
 * Writes `n/<id>/index.html` for every node at build time. The SITE_URL environment variable
 * (e.g. https://example.org/roadmap; a .env file is not read) makes canonical and og:url absolute;
 * without it they are left out. The dev server answers
 * `/n/<id>/` with a redirect to `/?node=<id>`, so shared links work there too.
 */
export function sharePagesPlugin(datasetPath: string, rawSiteUrl = process.env.SITE_URL): Plugin {
  const siteUrl = checkSiteUrl(rawSiteUrl);
  return {
    name: 'share-pages',
    enforce: 'post',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^(.*?)\/n\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:index\.html)?(?:\?(.*))?$/.exec(req.url ?? '');
        if (!m) return next();
        const query = new URLSearchParams(m[3] ?? '');
        if (!query.has('node')) query.set('node', m[2] ?? '');
        res.statusCode = 302;
        res.setHeader('Location', `${m[1]}/?${query.toString()}`);
        res.end();
      });
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const roadmap = JSON.parse(readFileSync(datasetPath, 'utf8'));
      const html = withCsp(String(index.source));
      const appTitle: string = roadmap.meta.title;
      index.source = rootPageHtml(html, appTitle, roadmap.meta.subtitle, siteUrl);
      for (const page of sharePagesOf(roadmap)) {
        this.emitFile({ type: 'asset', fileName: `n/${page.id}/index.html`, source: sharePageHtml(html, page, appTitle, siteUrl) });
      }
    },
  };
}
