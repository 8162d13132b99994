import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every folder of src but the test fixtures: its components speak only through the catalogue. */
const CHECKED = readdirSync(join(import.meta.dirname, '..'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'testing')
  .map((e) => `src/${e.name}`);

/** Props whose value a person reads or hears. */
const SPOKEN_PROPS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label']);

// Words, in any script: a string of only symbols, digits or punctuation ("✕", " · ", "/") needs no translation.
const WORDS = /\p{L}{2,}/u;

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

const isJsx = (node: ts.Node) => ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node);
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
const isComparison = (node: ts.Node) => ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind);

/** Text a component writes into the page that no message id produced: JSX text, and literals in spoken props. */
export function hardCodedText(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (WORDS.test(text)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  };
  // A literal anywhere in a spoken prop's value, inside conditionals and templates too.
  const literalsIn = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      report(node.head, node.head.text);
      node.templateSpans.forEach((span) => report(span.literal, span.literal.text));
      node.templateSpans.forEach((span) => literalsIn(span.expression));
    } else if (ts.isCallExpression(node) || isJsx(node) || isComparison(node))
      return; // t('id', …), nested JSX (visited on its own), x === 'kind'
    else ts.forEachChild(node, literalsIn);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && SPOKEN_PROPS.has(node.name.getText(source)) && node.initializer) literalsIn(node.initializer);
    else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) literalsIn(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('hard-coded text', () => {
  it('is found in JSX text, spoken props and literals written as children', () => {
    const code = `const A = () => <p title="Close it" aria-label={open ? 'Open' : t('x')}>Hello {'there'} {t('panel.close')} ✕ {n} / {m} {k === 'level' && <b className="kind">{t('y')}</b>}</p>;`;
    expect(hardCodedText('a.tsx', code).map((line) => line.replace(/^a\.tsx:1: /, ''))).toEqual(['Close it', 'Open', 'Hello', 'there']);
  });

  it('is absent from the folders that speak through the catalogue', () => {
    const found = CHECKED.flatMap(sourceFiles).flatMap((file) => hardCodedText(file, readFileSync(join(root, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
