// The visual model of a JSON Logic rule. Pure data (no React): the rule builder edits it, the round-trip
// property test converts JSON → model → JSON. Anything outside the supported subset is an `opaque` node that
// carries its JSON verbatim, so saving never drops or rewrites what the builder cannot show.

export type Primitive = string | number | boolean | null;

/** One side of a condition: a field (`{"var": "path"}`) or a literal (a primitive, or a list of them). */
export type Operand = { kind: 'field'; path: string } | { kind: 'value'; value: Primitive | Primitive[] };

export type CompareOp = '==' | '!=' | '===' | '!==' | '<' | '<=' | '>' | '>=';
export type GroupOp = 'and' | 'or';
export type QuantifierOp = 'all' | 'some' | 'none';

/**
 * `in` is two different operators in JSON Logic: membership in a list and substring of a text. `mode` is
 * read from the haystack literal ('dynamic' when the haystack is a field: decided by its value at runtime).
 */
export type InMode = 'member' | 'substring' | 'dynamic';

/** `wrapped` records whether a unary operator had its argument inside an array (`{"!":[x]}` vs `{"!":x}`). */
export type RuleNode =
  | { kind: 'group'; op: GroupOp; children: RuleNode[] }
  | { kind: 'not'; wrapped: boolean; child: RuleNode }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'between'; op: '<' | '<='; low: Operand; mid: Operand; high: Operand }
  | { kind: 'in'; needle: Operand; haystack: Operand }
  | { kind: 'quantifier'; op: QuantifierOp; over: string; condition: RuleNode }
  | { kind: 'truthy'; op: '!!'; wrapped: boolean; field: string }
  | { kind: 'opaque'; json: unknown };

export const COMPARE_OPS: readonly CompareOp[] = ['==', '!=', '===', '!==', '<', '<=', '>', '>='];
export const GROUP_OPS: readonly GroupOp[] = ['and', 'or'];
export const QUANTIFIER_OPS: readonly QuantifierOp[] = ['all', 'some', 'none'];
