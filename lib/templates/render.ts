import { parse } from 'handlebars/lib/handlebars/compiler/base';
import SafeString from 'handlebars/lib/handlebars/safe-string';
import { escapeExpression } from 'handlebars/lib/handlebars/utils';
import type { BlockStatement, Expression, Hash, MustacheStatement, PathExpression, Program, Statement, SubExpression } from './ast';

export { SafeString };

/**
 * Handlebars without eval. Handlebars' compiler builds JavaScript from strings at run time, which the
 * extension CSP forbids; this walks the AST from Handlebars' own parser instead, following the
 * runtime's rules (escaping, lookups limited to own properties, block params, data frames,
 * `../` depths, the built-in helpers), so that templates render byte for byte the same.
 */

export interface HelperOptions {
  name: string;
  hash: Record<string, unknown>;
  data: DataFrame;
  fn(context?: unknown, options?: { data?: DataFrame; blockParams?: unknown[] }): string;
  inverse(context?: unknown, options?: { data?: DataFrame; blockParams?: unknown[] }): string;
  loc?: unknown;
  lookupProperty(parent: unknown, name: string): unknown;
}
export type Helper = (this: unknown, ...args: unknown[]) => unknown;
export type DataFrame = Record<string, unknown> & { _parent?: DataFrame; root?: unknown };

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line !== undefined ? `${message} (line ${line}, column ${column})` : message);
    this.name = 'TemplateError';
  }
}

const own = (parent: unknown, name: string): unknown =>
  parent !== null &&
  parent !== undefined &&
  (typeof parent === 'object' || typeof parent === 'function') &&
  Object.prototype.hasOwnProperty.call(parent, name)
    ? (parent as Record<string, unknown>)[name]
    : undefined;

const isEmpty = (v: unknown) => (!v && v !== 0) || (Array.isArray(v) && v.length === 0);

function createFrame(data: DataFrame | undefined): DataFrame {
  return { ...(data ?? {}), _parent: data };
}

interface Scope {
  context: unknown;
  depths: unknown[];
  data: DataFrame;
  /** Innermost first: names bound by `as |a b|`. */
  blockParams: { names: string[]; values: unknown[] }[];
}

const BUILTINS: Record<string, Helper> = {
  if(this: unknown, conditional: unknown, options: unknown) {
    const o = options as HelperOptions;
    const value = typeof conditional === 'function' ? (conditional as () => unknown).call(this) : conditional;
    if ((!o.hash.includeZero && !value) || isEmpty(value)) return o.inverse(this);
    return o.fn(this);
  },
  unless(this: unknown, conditional: unknown, options: unknown) {
    const o = options as HelperOptions;
    return BUILTINS.if!.call(this, conditional, { ...o, fn: o.inverse, inverse: o.fn });
  },
  with(this: unknown, context: unknown, options: unknown) {
    const o = options as HelperOptions;
    const value = typeof context === 'function' ? (context as () => unknown).call(this) : context;
    return isEmpty(value) ? o.inverse(this) : o.fn(value, { data: o.data, blockParams: [value] });
  },
  each(this: unknown, context: unknown, options: unknown) {
    const o = options as HelperOptions;
    let value = typeof context === 'function' ? (context as () => unknown).call(this) : context;
    let out = '';
    let count = 0;
    const data = createFrame(o.data);
    const run = (key: string | number, index: number, last: boolean, item: unknown) => {
      count++;
      out += o.fn(item, { data: { ...data, key, index, first: index === 0, last }, blockParams: [item, key] });
    };
    if (value && typeof value === 'object') {
      if (!Array.isArray(value) && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function')
        value = [...(value as Iterable<unknown>)];
      if (Array.isArray(value)) value.forEach((item, i, all) => run(i, i, i === all.length - 1, item));
      else {
        const obj = value as Record<string, unknown>;
        const keys = Object.keys(obj);
        keys.forEach((k, i) => run(k, i, i === keys.length - 1, obj[k]));
      }
    }
    return count === 0 ? o.inverse(this) : out;
  },
  lookup(obj: unknown, field: unknown) {
    return obj == null ? obj : own(obj, String(field));
  },
  log() {
    return undefined; // Handlebars logs at "info"; templates here never print to the console
  },
};

export interface RenderOptions {
  helpers?: Record<string, Helper>;
  /**
   * Helpers that act only when given arguments (`{{date invoice.dueDate}}`); alone (`{{date}}`)
   * the name reads the data, as it would with Handlebars, which has no such helper.
   */
  weakHelpers?: Record<string, Helper>;
}

const cache = new Map<string, Program>();

/** Parses once per source; errors carry the line and column. */
export function parseTemplate(source: string): Program {
  let ast = cache.get(source);
  if (!ast) {
    try {
      ast = parse(source) as Program;
    } catch (error) {
      const e = error as { message?: string; lineNumber?: number; column?: number };
      const message = e.message ?? String(error);
      const where = e.lineNumber !== undefined ? { line: e.lineNumber, column: e.column ?? 0 } : parserPosition(source, message);
      throw new TemplateError(message.split('\n')[0]!.replace(/:$/, ''), where?.line, where?.column);
    }
    if (cache.size > 200) cache.clear();
    cache.set(source, ast);
  }
  return ast;
}

/**
 * Jison's "Parse error on line N" shows the text before the error; the column is where that
 * text ends on line N (1-based).
 */
function parserPosition(source: string, message: string): { line: number; column: number } | undefined {
  const line = Number(/on line (\d+)/.exec(message)?.[1]);
  if (!line) return undefined;
  const before = (message.split('\n')[1] ?? '').replace(/^\.\.\./, '');
  const text = source.split('\n')[line - 1] ?? '';
  for (let k = Math.min(before.length, text.length); k > 0; k--) {
    if (text.slice(0, k).endsWith(before.slice(-Math.min(k, before.length)))) return { line, column: k + 1 };
  }
  return { line, column: 1 };
}

export function render(source: string, data: unknown, options: RenderOptions = {}): string {
  const root: Scope = { context: data, depths: [data], data: { root: data }, blockParams: [] };
  return new Interpreter(options).program(parseTemplate(source), root);
}

/** Resolves a path (`invoice.number`, `../client`, `@index`, a block parameter) in a scope. */
function lookupPath(p: PathExpression, scope: Scope): unknown {
  if (p.data) {
    let frame: DataFrame | undefined = scope.data;
    for (let i = 0; i < p.depth; i++) frame = frame?._parent;
    let value: unknown = own(frame, p.parts[0]!);
    for (const part of p.parts.slice(1)) value = own(value, part);
    return value;
  }
  if (p.depth === 0 && p.parts.length > 0) {
    for (const bp of scope.blockParams) {
      const i = bp.names.indexOf(p.parts[0]!);
      if (i >= 0) {
        let value = bp.values[i];
        for (const part of p.parts.slice(1)) value = own(value, part);
        return value;
      }
    }
  }
  let value = p.depth === 0 ? scope.context : scope.depths[p.depth];
  for (const part of p.parts) value = own(value, part);
  return value;
}

/** Walks a parsed template: one instance per render, holding that render's helpers. */
class Interpreter {
  private readonly helpers: Record<string, Helper>;
  /** Weak helpers that nothing stronger overrides: they act only when given arguments. */
  private readonly weak: Set<string>;

  constructor(options: RenderOptions) {
    this.helpers = { ...options.weakHelpers, ...BUILTINS, ...options.helpers };
    this.weak = new Set(Object.keys(options.weakHelpers ?? {}).filter((k) => !(k in BUILTINS) && !(k in (options.helpers ?? {}))));
  }

  program(p: Program | undefined, scope: Scope): string {
    if (!p) return '';
    let out = '';
    for (const s of p.body) out += this.statement(s, scope);
    return out;
  }

  private statement(s: Statement, scope: Scope): string {
    switch (s.type) {
      case 'ContentStatement':
        return s.value;
      case 'CommentStatement':
        return '';
      case 'MustacheStatement':
        return this.mustache(s, scope);
      case 'BlockStatement':
        return this.block(s, scope);
      default:
        throw new TemplateError(`${s.type} is not supported in Relance templates`, s.loc?.start.line, s.loc?.start.column);
    }
  }

  private evaluate(e: Expression, scope: Scope): unknown {
    switch (e.type) {
      case 'PathExpression':
        return lookupPath(e, scope);
      case 'SubExpression':
        return this.callHelper(e, scope, undefined, undefined);
      default:
        return e.value;
    }
  }

  private hashOf(h: Hash | undefined, scope: Scope): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const pair of h?.pairs ?? []) out[pair.key] = this.evaluate(pair.value, scope);
    return out;
  }

  /** The block's body as Handlebars gives it to a helper: `options.fn(context, { data, blockParams })`. */
  private child(scope: Scope, p: Program | undefined) {
    return (context: unknown = scope.context, opts: { data?: DataFrame; blockParams?: unknown[] } = {}): string => {
      const depths = context !== scope.depths[0] ? [context, ...scope.depths] : scope.depths;
      const blockParams = p?.blockParams?.length
        ? [{ names: p.blockParams, values: opts.blockParams ?? [] }, ...scope.blockParams]
        : scope.blockParams;
      return this.program(p, { context, depths, data: opts.data ?? scope.data, blockParams });
    };
  }

  private helperName(p: Expression, withArgs = true): string | undefined {
    return p.type === 'PathExpression' &&
      !p.data &&
      p.depth === 0 &&
      p.parts.length === 1 &&
      Object.prototype.hasOwnProperty.call(this.helpers, p.parts[0]!) &&
      (withArgs || !this.weak.has(p.parts[0]!))
      ? p.parts[0]
      : undefined;
  }

  private callHelper(
    node: SubExpression | MustacheStatement | BlockStatement,
    scope: Scope,
    fn: Program | undefined,
    inverse: Program | undefined,
  ): unknown {
    const name = this.helperName(node.path);
    if (!name) {
      const p = node.path as PathExpression;
      throw new TemplateError(`Missing helper: "${p.original}"`, node.loc?.start.line, node.loc?.start.column);
    }
    const options: HelperOptions = {
      name,
      hash: this.hashOf(node.hash, scope),
      data: scope.data,
      fn: this.child(scope, fn),
      inverse: this.child(scope, inverse),
      loc: node.loc,
      lookupProperty: own,
    };
    return this.helpers[name]!.call(scope.context, ...node.params.map((p) => this.evaluate(p, scope)), options);
  }

  private mustache(literal: MustacheStatement, scope: Scope): string {
    // {{"name"}}, {{true}}, {{42}}: a literal in the path position names a property, as in Handlebars.
    const m: MustacheStatement =
      literal.path.type === 'PathExpression' || literal.path.type === 'SubExpression'
        ? literal
        : {
            ...literal,
            path: {
              type: 'PathExpression',
              data: false,
              depth: 0,
              parts: [String(literal.path.value)],
              original: String(literal.path.value),
            },
          };
    let value: unknown;
    if (this.helperName(m.path, m.params.length > 0 || !!m.hash)) value = this.callHelper(m, scope, undefined, undefined);
    else if (m.params.length || m.hash)
      value = this.callHelper(m, scope, undefined, undefined); // throws Missing helper
    else {
      value = this.evaluate(m.path, scope);
      if (typeof value === 'function') value = (value as (this: unknown) => unknown).call(scope.context);
    }
    if (m.escaped) return escapeExpression(value);
    return value == null ? '' : String(value);
  }

  private block(b: BlockStatement, scope: Scope): string {
    if (this.helperName(b.path, b.params.length > 0 || !!b.hash)) return String(this.callHelper(b, scope, b.program, b.inverse) ?? '');
    if (b.params.length || b.hash) this.callHelper(b, scope, b.program, b.inverse);
    // No helper of that name: Handlebars' blockHelperMissing.
    let value = lookupPath(b.path, scope);
    if (typeof value === 'function') value = (value as (this: unknown) => unknown).call(scope.context);
    const fn = this.child(scope, b.program);
    const inverse = this.child(scope, b.inverse);
    if (value === true) return fn(scope.context);
    if (value === false || value == null) return inverse(scope.context);
    if (Array.isArray(value)) {
      if (value.length === 0) return inverse(scope.context);
      return String(
        this.helpers.each!.call(scope.context, value, {
          name: 'each',
          hash: {},
          data: scope.data,
          fn,
          inverse,
          lookupProperty: own,
        } satisfies HelperOptions),
      );
    }
    return fn(value);
  }
}
