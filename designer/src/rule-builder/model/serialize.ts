import type { Operand, RuleNode } from './types';

export function operandJson(o: Operand): unknown {
  if (o.kind === 'field') return { var: o.path };
  return Array.isArray(o.value) ? [...o.value] : o.value;
}

/** Visual tree → JSON Logic. The exact inverse of parseRule on what it produced; opaque nodes verbatim. */
export function serializeRule(node: RuleNode): unknown {
  switch (node.kind) {
    case 'group':
      return { [node.op]: node.children.map(serializeRule) };
    case 'not': {
      const child = serializeRule(node.child);
      return { '!': node.wrapped ? [child] : child };
    }
    case 'truthy':
      return { '!!': node.wrapped ? [{ var: node.field }] : { var: node.field } };
    case 'compare':
      return { [node.op]: [operandJson(node.left), operandJson(node.right)] };
    case 'between':
      return { [node.op]: [operandJson(node.low), operandJson(node.mid), operandJson(node.high)] };
    case 'in':
      return { in: [operandJson(node.needle), operandJson(node.haystack)] };
    case 'quantifier':
      return { [node.op]: [{ var: node.over }, serializeRule(node.condition)] };
    case 'opaque':
      return node.json;
  }
}
