import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launchPipeBrowser, timeFirstRender } from './pipeBrowser.mjs';

// The bench must report a browser that fails, never hang on it: these stand in for a Chromium that dies.
describe('the pipe-driven browser', () => {
  const options = { url: 'http://127.0.0.1:9/', initScript: '', capMs: 20_000 };

  it('fails the render at once when the browser exits right after starting, and still closes', async () => {
    // Node refuses Chromium's flags and exits at once, as a Chromium that crashes on start would.
    const pipe = launchPipeBrowser(process.execPath, ['--not-a-node-option']);
    const started = Date.now();
    await expect(timeFirstRender(pipe, options)).rejects.toThrow(/Chromium exited|pipe closed/);
    await expect(pipe.close()).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails the render when the browser cannot be started at all, and still closes', async () => {
    expect(existsSync('/no/such/chromium')).toBe(false);
    const pipe = launchPipeBrowser('/no/such/chromium', []);
    await expect(timeFirstRender(pipe, options)).rejects.toThrow(/could not start|Chromium exited/);
    await expect(pipe.close()).resolves.toBeUndefined();
  });
});
