import type { Plugin } from 'vite';

/**
 * Adds `<link rel="preload" as="fetch">` for the built-in dataset to the page, so it downloads beside the
 * app's code instead of after it; the app's own fetch of the same URL then takes the preloaded response.
 * Its file name carries a content hash, so only the build can write the link.
 */
export function preloadDatasetPlugin(datasetFile: string): Plugin {
  const stem = datasetFile.split('/').pop()!.replace(/\.json$/, '');
  return {
    name: 'preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const asset = Object.keys(ctx.bundle ?? {}).find((name) => name.startsWith(`assets/${stem}-`) && name.endsWith('.json'));
        if (!asset) return html;
        return html.replace('</head>', `    <link rel="preload" as="fetch" type="application/json" crossorigin href="./${asset}" />\n  </head>`);
      },
    },
  };
}
