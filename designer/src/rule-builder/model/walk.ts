import { childPointer } from './pointer';
import type { RuleNode } from './types';

export interface PlacedNode {
  node: RuleNode;
  /** JSON Pointer of the node inside the serialized rule: the path the runtime's trace and checks use. */
  path: string;
}

/** Pointer of each child inside its parent's JSON, following serializeRule's shapes. */
export function childPaths(node: RuleNode, base: string): [RuleNode, string][] {
  switch (node.kind) {
    case 'group':
      return node.children.map((c, i) => [c, childPointer(base, node.op, i)]);
    case 'not':
      return [[node.child, node.wrapped ? childPointer(base, '!', 0) : childPointer(base, '!')]];
    case 'quantifier':
      return [[node.condition, childPointer(base, node.op, 1)]];
    default:
      return [];
  }
}

/** Every node with its pointer, depth first (parents before children). */
export function walkRule(root: RuleNode, base = ''): PlacedNode[] {
  const out: PlacedNode[] = [];
  const visit = (node: RuleNode, path: string) => {
    out.push({ node, path });
    for (const [c, p] of childPaths(node, path)) visit(c, p);
  };
  visit(root, base);
  return out;
}

/** The opaque parts of a rule with their paths: what the builder shows read-only. */
export function opaqueParts(root: RuleNode): PlacedNode[] {
  return walkRule(root).filter((p) => p.node.kind === 'opaque');
}
