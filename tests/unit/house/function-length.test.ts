import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No function over 100 lines (STYLE.md: "functions under ~100 lines"), counted from a function's
 * first line to its last, arrow functions, methods and accessors included; a function inside
 * another counts in both. Checked with the TypeScript parser, so a brace in a string never fools it.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAX_LINES = 100;
const CHECKED = ['lib', 'entrypoints', 'components'];
/** Folders not checked yet, each with its reason (none now: lib/mail was split too). */
const NOT_YET: readonly string[] = [];

export interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)))
    return parent.name.getText(source);
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(source).slice(0, 40)})`;
  return '(anonymous)';
}

/** The functions of one file longer than `max` lines. */
export function longFunctions(file: string, text: string, max = MAX_LINES): LongFunction[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ file, name: nameOf(node, source), line: first + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** A function of `lines` lines (its first and last line included), written as `shape`. */
function generated(shape: 'declaration' | 'arrow' | 'method' | 'component', lines: number): string {
  const body = Array.from({ length: lines - 2 }, (_, i) => `  total += ${i}; // a brace in a string: '}'`).join('\n');
  switch (shape) {
    case 'declaration':
      return `export function f() {\n${body}\n}\n`;
    case 'arrow':
      return `export const f = () => {\n${body}\n};\n`;
    case 'method':
      return `export const o = {\n  m() {\n${body}\n  },\n};\n`;
    case 'component':
      return `export function App() {\n${body.replace(/total \+= \d+;/g, 'void 0;')}\n}\n`;
  }
}

describe('function length', () => {
  it.each(['declaration', 'arrow', 'method', 'component'] as const)(
    'finds a 101-line function written as a %s, and lets a 100-line one be',
    (shape) => {
      const file = shape === 'component' ? 'entrypoints/popup/Probe.tsx' : 'lib/probe.ts';
      expect(longFunctions(file, generated(shape, MAX_LINES + 1))).toEqual([expect.objectContaining({ lines: MAX_LINES + 1 })]);
      expect(longFunctions(file, generated(shape, MAX_LINES))).toEqual([]);
    },
  );

  it('names the function and its first line', () => {
    const text = `const a = 1;\n${generated('arrow', 150)}`;
    expect(longFunctions('lib/probe.ts', text)).toEqual([{ file: 'lib/probe.ts', name: 'f', line: 2, lines: 150 }]);
  });

  it(`keeps every function in ${CHECKED.join(', ')} within ${MAX_LINES} lines`, () => {
    const files = CHECKED.flatMap(sourceFiles).filter((f) => !NOT_YET.some((skip) => f.startsWith(skip)));
    expect(files.length).toBeGreaterThan(100);
    const long = files.flatMap((f) => longFunctions(f, readFileSync(path.join(ROOT, f), 'utf8')));
    expect(long.map((l) => `${l.file}:${l.line} ${l.name} (${l.lines} lines)`)).toEqual([]);
  });
});
