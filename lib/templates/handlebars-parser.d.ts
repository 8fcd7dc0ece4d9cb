// Handlebars ships no types for its parser module; these are the parts Relance uses.
declare module 'handlebars/lib/handlebars/compiler/base' {
  export function parse(input: string, options?: object): unknown;
}
declare module 'handlebars/lib/handlebars/utils' {
  export function escapeExpression(value: unknown): string;
}
declare module 'handlebars/lib/handlebars/safe-string' {
  export default class SafeString {
    constructor(value: string);
    toHTML(): string;
    toString(): string;
  }
}
