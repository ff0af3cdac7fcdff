import { COMPARE_OPS, GROUP_OPS, QUANTIFIER_OPS, type CompareOp, type Operand, type Primitive, type RuleNode } from './types';

type Logic = Record<string, unknown>;

const isPrimitive = (v: unknown): v is Primitive =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** A one-key object whose key is an operator name, as JSON Logic reads it. */
function singleOp(json: unknown): [string, unknown] | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const keys = Object.keys(json);
  return keys.length === 1 ? [keys[0], (json as Logic)[keys[0]]] : null;
}

/** `{"var": "path"}` only: var with a default, a list argument or a computed path stays opaque. */
function fieldPath(json: unknown): string | null {
  const op = singleOp(json);
  return op && op[0] === 'var' && typeof op[1] === 'string' ? op[1] : null;
}

export function parseOperand(json: unknown): Operand | null {
  const path = fieldPath(json);
  if (path !== null) return { kind: 'field', path };
  if (isPrimitive(json)) return { kind: 'value', value: json };
  // A literal list of primitives (the haystack of a membership test). An empty list is kept opaque: the
  // runtime reads `[]` as a literal, but a list holding a logic object would be evaluated per element.
  if (Array.isArray(json) && json.length > 0 && json.every(isPrimitive)) return { kind: 'value', value: [...json] };
  return null;
}

function operands(args: unknown[]): Operand[] | null {
  const out: Operand[] = [];
  for (const a of args) {
    const o = parseOperand(a);
    if (!o) return null;
    out.push(o);
  }
  return out;
}

/** A comparison needs a field on at least one side: literal-only comparisons stay opaque (nothing to edit). */
const hasField = (ops: Operand[]) => ops.some((o) => o.kind === 'field');
const noLists = (ops: Operand[]) => ops.every((o) => o.kind === 'field' || !Array.isArray(o.value));

function parseLogic(op: string, arg: unknown): RuleNode | null {
  const args = Array.isArray(arg) ? arg : null;
  if ((GROUP_OPS as readonly string[]).includes(op) && args) {
    return { kind: 'group', op: op as 'and' | 'or', children: args.map(parseRule) };
  }
  if (op === '!') {
    if (args && args.length !== 1) return null;
    return { kind: 'not', wrapped: args !== null, child: parseRule(args ? args[0] : arg) };
  }
  if (op === '!!') {
    if (args && args.length !== 1) return null;
    const field = fieldPath(args ? args[0] : arg);
    return field === null ? null : { kind: 'truthy', op: '!!', wrapped: args !== null, field };
  }
  if (!args) return null;
  if ((COMPARE_OPS as readonly string[]).includes(op)) {
    const ops = operands(args);
    if (!ops || !hasField(ops) || !noLists(ops)) return null;
    if (ops.length === 2) return { kind: 'compare', op: op as CompareOp, left: ops[0], right: ops[1] };
    if (ops.length === 3 && (op === '<' || op === '<=')) return { kind: 'between', op, low: ops[0], mid: ops[1], high: ops[2] };
    return null;
  }
  if (op === 'in' && args.length === 2) {
    const ops = operands(args);
    if (!ops || !hasField(ops) || Array.isArray((ops[0] as { value?: unknown }).value)) return null;
    return { kind: 'in', needle: ops[0], haystack: ops[1] };
  }
  if ((QUANTIFIER_OPS as readonly string[]).includes(op) && args.length === 2) {
    const over = fieldPath(args[0]);
    return over === null ? null : { kind: 'quantifier', op: op as 'all', over, condition: parseRule(args[1]) };
  }
  return null;
}

/** JSON Logic → visual tree. Total: what is not in the supported subset becomes an opaque node, verbatim. */
export function parseRule(json: unknown): RuleNode {
  const op = singleOp(json);
  const node = op ? parseLogic(op[0], op[1]) : null;
  return node ?? { kind: 'opaque', json };
}
