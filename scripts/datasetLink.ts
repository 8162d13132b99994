import type { Plugin } from 'vite';

/**
 * Preloads the built-in dataset (`<link rel="preload" as="fetch" crossorigin>`), so its download starts beside
 * the app's code instead of after it. Its file name carries a content hash, so only the build can write the link.
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
        return html.replace('</head>', `    <link rel="preload" as="fetch" crossorigin href="./${asset}" />\n  </head>`);
      },
    },
  };
}
