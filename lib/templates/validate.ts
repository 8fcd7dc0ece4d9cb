import type { BlockStatement, Expression, MustacheStatement, PathExpression, Program, Statement } from './ast';
import { HELPER_NAMES } from './helpers';
import { parseTemplate, TemplateError } from './render';

export interface TemplateIssue {
  message: string;
  line?: number;
  column?: number;
}

export interface TemplateCheck {
  ok: boolean;
  errors: TemplateIssue[];
  warnings: TemplateIssue[];
}

/** The names a reminder template may use at its top level (see TemplateData). */
export const TEMPLATE_VARIABLES = [
  'lang',
  'today',
  'stage',
  'tone',
  'company',
  'client',
  'invoice',
  'invoices',
  'multiple',
  'totals',
  'legal',
  'previousReminder',
  'deadline',
  'attachment',
];

/**
 * Checks a user's template before it is saved: syntax errors with line and column; unknown
 * helpers; names that are not template data (where the context is still the data itself).
 */
export function validateTemplate(
  source: string,
  known: { variables?: readonly string[]; helpers?: readonly string[] } = {},
): TemplateCheck {
  const variables = new Set(known.variables ?? TEMPLATE_VARIABLES);
  const helpers = new Set(known.helpers ?? HELPER_NAMES);
  const warnings: TemplateIssue[] = [];
  let ast: Program;
  try {
    ast = parseTemplate(source);
  } catch (error) {
    const e = error as TemplateError;
    return { ok: false, errors: [{ message: e.message, line: e.line, column: e.column }], warnings };
  }
  const where = (node: { loc?: { start: { line: number; column: number } } }) => ({
    line: node.loc?.start.line,
    column: node.loc?.start.column,
  });

  const checkPath = (p: PathExpression, atRoot: boolean, blockParams: Set<string>) => {
    if (p.data) {
      if (p.parts[0] === 'root' && p.parts[1] && !variables.has(p.parts[1]))
        warnings.push({ message: `unknown variable "@root.${p.parts[1]}"`, ...where(p) });
      return;
    }
    const first = p.parts[0];
    if (!first || p.depth > 0 || blockParams.has(first) || !atRoot) return;
    if (!variables.has(first)) warnings.push({ message: `unknown variable "${p.original}"`, ...where(p) });
  };
  const checkExpr = (e: Expression, atRoot: boolean, bp: Set<string>) => {
    if (e.type === 'PathExpression') checkPath(e, atRoot, bp);
    else if (e.type === 'SubExpression') {
      const name = e.path.original;
      if (!helpers.has(name)) warnings.push({ message: `unknown helper "${name}"`, ...where(e) });
      e.params.forEach((x) => checkExpr(x, atRoot, bp));
    }
  };
  const walk = (program: Program | undefined, atRoot: boolean, bp: Set<string>) => {
    for (const s of program?.body ?? []) statement(s, atRoot, bp);
  };
  const statement = (s: Statement, atRoot: boolean, bp: Set<string>) => {
    if (s.type !== 'MustacheStatement' && s.type !== 'BlockStatement') return;
    const node = s as MustacheStatement | BlockStatement;
    const hasArgs = node.params.length > 0 || !!node.hash;
    const path = node.path as PathExpression;
    const isHelper = path.type === 'PathExpression' && path.parts.length === 1 && helpers.has(path.parts[0]!);
    if (hasArgs && !isHelper && path.type === 'PathExpression')
      warnings.push({ message: `unknown helper "${path.original}"`, ...where(node) });
    if (!hasArgs && !isHelper) checkExpr(node.path, atRoot, bp);
    node.params.forEach((p) => checkExpr(p, atRoot, bp));
    for (const pair of node.hash?.pairs ?? []) checkExpr(pair.value, atRoot, bp);
    if (s.type === 'BlockStatement') {
      // each/with and blocks over a value change the context; if/unless keep it.
      const keeps = isHelper && (path.parts[0] === 'if' || path.parts[0] === 'unless');
      const inner = new Set([...bp, ...(s.program?.blockParams ?? [])]);
      walk(s.program, atRoot && keeps, inner);
      walk(s.inverse, atRoot, bp);
    }
  };
  walk(ast, true, new Set());
  return { ok: true, errors: [], warnings };
}
