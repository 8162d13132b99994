import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ESSAY_LINK, BUILT_IN_SUBTITLE, BUILT_IN_TITLE } from './StartupHeader';
import { t } from '../i18n/i18n';

const meta = JSON.parse(readFileSync('data/roadmap.json', 'utf8')).meta as { title: string; subtitle: string };
const html = readFileSync('index.html', 'utf8');

describe('the startup header', () => {
  it('says what the built-in dataset says, in index.html and in the app', () => {
    expect([BUILT_IN_TITLE, BUILT_IN_SUBTITLE]).toEqual([meta.title, meta.subtitle]);
    expect(html).toContain(`<h1>${meta.title}</h1>`);
    expect(html).toContain(`<p class="app-header__subtitle">${meta.subtitle} <a href="./essay/">${BUILT_IN_ESSAY_LINK}</a></p>`);
    // The app's header, once drawn, says the same in English.
    expect(BUILT_IN_ESSAY_LINK).toBe(t('header.readEssay'));
  });

  it('sits inside #root, so the first render replaces it, and index.html runs no script of its own', () => {
    const root = html.slice(html.indexOf('<div id="root">'), html.indexOf('<noscript>'));
    expect(root).toContain('<header class="app-header">');
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="module" src="./src/main.tsx">']);
  });
});
