// Draws the install icons in public/icons/ from public/favicon.svg with the system Chromium, so they never drift
// from the favicon: `node scripts/generate-icons.mjs` (CHROME_PATH picks another browser). The PNGs are committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// A maskable icon is cropped to any shape inside its central 80% circle: the favicon's own dark square fills
// the edges, and the mark shrinks to 80% so its corners stay inside that circle.
const ICONS = [
  { file: 'icon-192.png', size: 192, background: 'transparent', scale: 1 },
  { file: 'icon-512.png', size: 512, background: 'transparent', scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, background: '#0f172a', scale: 0.8 },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const side = icon.size * icon.scale;
    await page.setContent(
      `<body style="margin:0;background:${icon.background};display:grid;place-items:center;height:100vh">` +
        `<img src="${src}" width="${side}" height="${side}" alt=""></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: icon.background === 'transparent' });
    await page.close();
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
