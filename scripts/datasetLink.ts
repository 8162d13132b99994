import type { Plugin } from 'vite';

/**
 * Writes the built-in dataset's address into the page as `<link id="built-in-dataset">`, which downloads
 * nothing itself: `public/early-data.js` starts that download beside the app's code, unless the page opens
 * another dataset. Its file name carries a content hash, so only the build can write the link.
 */
export function datasetLinkPlugin(datasetFile: string): Plugin {
  const stem = datasetFile.split('/').pop()!.replace(/\.json$/, '');
  return {
    name: 'dataset-link',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const asset = Object.keys(ctx.bundle ?? {}).find((name) => name.startsWith(`assets/${stem}-`) && name.endsWith('.json'));
        if (!asset) return html;
        // Before the early script, so the link is parsed by the time that script runs.
        const link = `<link id="built-in-dataset" rel="alternate" type="application/json" href="./${asset}" />`;
        return html.includes('<script src="./early-data.js"')
          ? html.replace('<script src="./early-data.js"', `${link}\n    <script src="./early-data.js"`)
          : html.replace('</head>', `    ${link}\n  </head>`);
      },
    },
  };
}
