/** The Handlebars AST nodes the interpreter reads (see handlebars/lib/handlebars/compiler). */
export interface Position {
  line: number;
  column: number;
}
export interface Loc {
  start: Position;
  end: Position;
}
export interface Program {
  type: 'Program';
  body: Statement[];
  blockParams?: string[];
  loc?: Loc;
}
export type Statement =
  ContentStatement | MustacheStatement | BlockStatement | CommentStatement | PartialStatement | PartialBlockStatement | DecoratorLike;
export interface ContentStatement {
  type: 'ContentStatement';
  value: string;
  loc?: Loc;
}
export interface CommentStatement {
  type: 'CommentStatement';
  loc?: Loc;
}
export interface PartialStatement {
  type: 'PartialStatement';
  loc?: Loc;
}
export interface PartialBlockStatement {
  type: 'PartialBlockStatement';
  loc?: Loc;
}
export interface DecoratorLike {
  type: 'Decorator' | 'DecoratorBlock';
  loc?: Loc;
}
export interface MustacheStatement {
  type: 'MustacheStatement';
  path: Expression;
  params: Expression[];
  hash?: Hash;
  escaped: boolean;
  loc?: Loc;
}
export interface BlockStatement {
  type: 'BlockStatement';
  path: PathExpression;
  params: Expression[];
  hash?: Hash;
  program?: Program;
  inverse?: Program;
  loc?: Loc;
}
export interface PathExpression {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  loc?: Loc;
}
export interface SubExpression {
  type: 'SubExpression';
  path: PathExpression;
  params: Expression[];
  hash?: Hash;
  loc?: Loc;
}
export interface Hash {
  type: 'Hash';
  pairs: { key: string; value: Expression }[];
}
export type Literal =
  | { type: 'StringLiteral'; value: string; original: string }
  | { type: 'NumberLiteral'; value: number; original: number }
  | { type: 'BooleanLiteral'; value: boolean; original: boolean }
  | { type: 'UndefinedLiteral'; value: undefined; original: undefined }
  | { type: 'NullLiteral'; value: null; original: null };
export type Expression = PathExpression | SubExpression | Literal;
