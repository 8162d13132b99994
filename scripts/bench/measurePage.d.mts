// Types for what TypeScript code (the e2e helpers) uses of measurePage.mjs, which Node runs as plain JavaScript.
import type { Page } from 'playwright-core';

export const CHROMIUM_FLAGS: string[];
export function recordProblems(page: Page): string[];
