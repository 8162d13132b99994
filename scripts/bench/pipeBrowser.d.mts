// Types for pipeBrowser.mjs, which Node runs as plain JavaScript, so TypeScript tests can use it.
export interface PipeBrowser {
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<unknown>;
  close(): Promise<void>;
}
export function launchPipeBrowser(executablePath: string, flags: string[]): PipeBrowser;
export function timeFirstRender(pipe: PipeBrowser, options: { url: string; initScript?: string; capMs: number }): Promise<number>;
