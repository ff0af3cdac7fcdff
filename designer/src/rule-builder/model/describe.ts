import type { InMode, Operand, RuleNode } from './types';

export function inMode(haystack: Operand): InMode {
  if (haystack.kind === 'field') return 'dynamic';
  return Array.isArray(haystack.value) ? 'member' : 'substring';
}

export function describeOperand(o: Operand): string {
  return o.kind === 'field' ? o.path : JSON.stringify(o.value);
}

/** A one-line reading of a node, in the rule's own order (never flipped): `100 > total`, not `total < 100`. */
export function describeNode(node: RuleNode): string {
  switch (node.kind) {
    case 'compare':
      return `${describeOperand(node.left)} ${node.op} ${describeOperand(node.right)}`;
    case 'between':
      return `${describeOperand(node.low)} ${node.op} ${describeOperand(node.mid)} ${node.op} ${describeOperand(node.high)}`;
    case 'in': {
      const word = { member: 'is one of', substring: 'is a substring of', dynamic: 'in' }[inMode(node.haystack)];
      return `${describeOperand(node.needle)} ${word} ${describeOperand(node.haystack)}`;
    }
    case 'truthy':
      return `${node.field} is set`;
    case 'not':
      return `not (${describeNode(node.child)})`;
    case 'group':
      return node.children.map(describeNode).join(` ${node.op} `) || `(empty ${node.op})`;
    case 'quantifier':
      return `${node.op} of ${node.over}: ${describeNode(node.condition)}`;
    case 'opaque':
      return JSON.stringify(node.json);
  }
}
