// Every string the reader sees comes from public/_locales/en/messages.json. Static half: scan the UI sources
// for text that bypasses the locale file (JSX text, user-visible attributes, sentences in code), check every
// key used exists and every message is used. The rendering half is in i18n-render.test.tsx.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resolveMessage } from '../../i18n/resolve-message';
import { ENGLISH } from './i18n-setup';

const ROOT = resolve(__dirname, '../..');
/** Where user-facing text is written: the Preact UI, the page entrypoints, the card's read-out text, and the
 * error messages the content script and background hand to the popup. */
const UI_SOURCES = ['components', 'entrypoints', 'page/cards', 'content'];
/** Attributes whose value is for the code or the browser, not read by the reader. */
const TECHNICAL_ATTRIBUTES = new Set([
  'class', 'className', 'type', 'id', 'name', 'value', 'role', 'key', 'for', 'inputMode', 'autoComplete', 'dateTime',
  'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'aria-live', 'aria-invalid', 'aria-busy',
]);

/**
 * Text that is data of the analysis format (docs/analysis-format.md: `article.reason`, also printed by the CLI),
 * not a sentence of the UI; the popup shows it only in brackets as the detector's own diagnostic.
 */
const ANALYSIS_FORMAT_DATA = new Set(['content/run.ts: analysed on request ( )']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function isExempt(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isLiteralTypeNode(at)) return true;
    // Keys passed to t()/tNodes(), and developer errors that are never shown as they are.
    if (ts.isCallExpression(at) && ts.isIdentifier(at.expression) && ['t', 'tNodes'].includes(at.expression.text)) return true;
    if (ts.isNewExpression(at) && ts.isIdentifier(at.expression) && at.expression.text.endsWith('Error')) return true;
    if (ts.isJsxAttribute(at) && TECHNICAL_ATTRIBUTES.has(at.name.getText())) return true;
    // Stylesheets in template literals (the card's CARD_CSS).
    if (ts.isVariableDeclaration(at) && /CSS$/.test(at.name.getText())) return true;
    if (ts.isBinaryExpression(at) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(at.operatorToken.kind)) return true;
    if (ts.isCaseClause(at) && at.expression === node) return true;
    // Identifiers in object literals ({ id: 'speakers', label: t('tabSpeakers') }).
    if (ts.isPropertyAssignment(at) && ['id', 'key'].includes(at.name.getText())) return true;
  }
  return false;
}

function insideJsx(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxExpression(at) || ts.isJsxAttribute(at)) return true;
    if (ts.isFunctionLike(at)) return false;
  }
  return false;
}

/** Text in `file` a reader could see that does not come from the locale file. */
function hardCodedText(file: string): Finding[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ') : node.text;
      const attribute = ts.isJsxAttribute(node.parent) ? node.parent.name.getText() : null;
      // A JSX attribute the reader sees ("aria-label", "title", a component's "label"), a word shown from inside
      // a JSX expression ({name ?? 'Unattributed'}), or a sentence anywhere in the code.
      const visible =
        (attribute !== null && /\p{L}/u.test(text)) || (insideJsx(node) && /\p{L}{2}/u.test(text)) || /\p{L}{2,}\s+\p{L}{2,}/u.test(text);
      if (visible && !isExempt(node)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

const files = UI_SOURCES.flatMap(sourceFiles);

describe('UI strings come from the locale file', () => {
  it('scans the UI sources (a scan that finds no files would prove nothing)', () => {
    expect(files).toEqual(expect.arrayContaining(['components/popup/PopupApp.tsx', 'components/options/OptionsPage.tsx', 'components/card/Card.tsx']));
  });

  it('has no hard-coded text in JSX, visible attributes or code of the UI', () => {
    const findings = files
      .flatMap(hardCodedText)
      .filter((f) => !ANALYSIS_FORMAT_DATA.has(`${f.file}: ${f.text}`))
      .map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`);
    expect(findings).toEqual([]);
  });

  it('catches the hard-coded text it is meant to catch', () => {
    const probe = 'tests/unit/i18n-probe.fixture.tsx';
    const findings = hardCodedText(probe).map((f) => f.text);
    expect(findings).toEqual(['Could not save:', 'Skip this site', 'Close', 'Unattributed']);
  });

  it('uses only keys that exist, and every message is used', () => {
    const code = [...files, 'wxt.config.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    // A key is used when the code names it (t('key'), or a key chosen by a condition) or the manifest does (__MSG_key__).
    const unused = Object.keys(ENGLISH).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
    const called = [...code.matchAll(/\b(?:t|tNodes)\(\s*'(\w+)'/g)].map((m) => m[1]);
    expect(called.filter((key) => !(key in ENGLISH))).toEqual([]);
  });

  it('keeps the manifest description within the stores\' 132 characters', () => {
    expect(ENGLISH.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});

describe('messages are filled the way the browser fills them', () => {
  it('maps named placeholders to substitutions, keeps "$$" as a dollar', () => {
    const entry = { message: 'Quote $POSITION$ of $TOTAL$ costs $$5', placeholders: { position: { content: '$1' }, total: { content: '$2' } } };
    expect(resolveMessage(entry, ['2', '9'])).toBe('Quote 2 of 9 costs $5');
  });

  it('does not re-read a substitution as a placeholder (page text like "$1" stays text)', () => {
    const entry = { message: 'Side: $SIDE$', placeholders: { side: { content: '$1' } } };
    expect(resolveMessage(entry, ['$TOTAL$ and $2'])).toBe('Side: $TOTAL$ and $2');
  });

  it('gives an empty string for a missing key, as the browser does', () => {
    expect(resolveMessage(undefined)).toBe('');
  });

  it('fills every English message without leaving a placeholder behind', () => {
    for (const [key, entry] of Object.entries(ENGLISH)) {
      const filled = resolveMessage(entry, ['A', 'B', 'C', 'D']);
      expect(filled, key).not.toMatch(/\$\w+\$/);
      expect(filled.trim(), key).not.toBe('');
    }
  });
});
