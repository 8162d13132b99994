import type { IncomingMessage, ServerResponse } from 'node:http';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;
export function serveStatic(mounts: Record<string, string>, handlers?: Record<string, Handler>): Promise<{ origin: string; close: () => Promise<void> }>;
