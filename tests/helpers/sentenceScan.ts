// A heuristic scan for sentences shown to people outside src/i18n: string and template literals with three or more
// words, read through the TypeScript API (so comments, imports and type-level strings are not counted). Each hit gets
// a category; the test in tests/unit/i18n/noSentences.test.ts holds the layers to an allow-list of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export type SentenceCategory =
  /** A developer log (console.*). */
  | 'console'
  /** The message of an Error thrown for a programmer's mistake or a technical log line (not shown as words). */
  | 'error'
  /** Class names, CSS, test ids, DOM attributes: not words. */
  | 'markup'
  /** Anything else: a candidate for the catalogue, or an allow-listed exception. */
  | 'text';

export interface SentenceHit {
  file: string;
  line: number;
  text: string;
  category: SentenceCategory;
}

const MARKUP_ATTRS = new Set([
  'className',
  'data-testid',
  'id',
  'key',
  'role',
  'style',
  'type',
  'name',
  'viewBox',
  'd',
]);

/** Three or more words of two letters or more, with a space: what a sentence at least looks like. */
export function looksLikeSentence(text: string): boolean {
  return text.includes(' ') && (text.match(/\p{L}{2,}/gu) ?? []).length >= 3;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => ` X ${s.literal.text}`).join('');
  return null;
}

/** Text that is code for a machine, whatever its words: class lists, CSS fonts and media queries, selectors, proj4. */
function isMarkupText(text: string): boolean {
  return /^[a-z0-9_-]+( [a-z0-9_-]+)+$/.test(text) && /[-_]/.test(text)
    ? true
    : /^\(m(ax|in)-width/.test(text) || /\bsans-serif$/.test(text) || /^\+proj=/.test(text) || /^[[.#{]/.test(text);
}

function category(node: ts.Node, text: string): SentenceCategory | null {
  if (isMarkupText(text)) return 'markup';
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p) || ts.isImportTypeNode(p))
      return null;
    if (ts.isJsxAttribute(p) && MARKUP_ATTRS.has(p.name.getText())) return 'markup';
    if (ts.isCallExpression(p) && /^console\.\w+$/.test(p.expression.getText())) return 'console';
    if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return 'error';
    if (ts.isThrowStatement(p)) return 'error';
    // `super(message)` in a class that extends an Error.
    if (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const cls = ts.findAncestor(p, ts.isClassLike);
      if (cls?.heritageClauses?.some((h) => /Error\b/.test(h.getText()))) return 'error';
    }
    // A template's part is judged as the whole template.
    if (ts.isTemplateSpan(p) || ts.isTemplateExpression(p)) continue;
    if (ts.isBlock(p) || ts.isSourceFile(p)) break;
  }
  return 'text';
}

/** The hits in one file's text (`file` is only for the report). */
export function scanText(file: string, text: string): SentenceHit[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const hits: SentenceHit[] = [];
  const visit = (node: ts.Node): void => {
    const t = literalText(node);
    if (t !== null) {
      if (looksLikeSentence(t)) {
        const c = category(node, t);
        if (c !== null) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          hits.push({ file, line, text: t, category: c });
        }
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hits;
}

/** Every .ts/.tsx file under `dir` (relative to `root`), tests and the catalogue left out. */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('src/i18n/'));
}

export function scanFiles(root: string, files: readonly string[]): SentenceHit[] {
  return files.flatMap((f) => scanText(relative(root, join(root, f)), readFileSync(join(root, f), 'utf8')));
}
