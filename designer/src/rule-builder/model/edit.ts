import type { Operand, RuleNode } from './types';

/** Address of a node in the visual tree: child indexes from the root (not a JSON Pointer). */
export type NodeAddress = number[];

function children(node: RuleNode): RuleNode[] {
  if (node.kind === 'group') return node.children;
  if (node.kind === 'not') return [node.child];
  if (node.kind === 'quantifier') return [node.condition];
  return [];
}

function withChildren(node: RuleNode, next: RuleNode[]): RuleNode {
  if (node.kind === 'group') return { ...node, children: next };
  if (node.kind === 'not') return { ...node, child: next[0] };
  if (node.kind === 'quantifier') return { ...node, condition: next[0] };
  return node;
}

export function nodeAt(root: RuleNode, at: NodeAddress): RuleNode | undefined {
  let n: RuleNode | undefined = root;
  for (const i of at) n = n ? children(n)[i] : undefined;
  return n;
}

/** Immutable update of one node; untouched subtrees (opaque ones included) are shared as they are. */
export function updateAt(root: RuleNode, at: NodeAddress, f: (n: RuleNode) => RuleNode): RuleNode {
  if (at.length === 0) return f(root);
  const [i, ...rest] = at;
  const kids = children(root);
  if (i >= kids.length) return root;
  return withChildren(root, kids.map((c, j) => (j === i ? updateAt(c, rest, f) : c)));
}

export function appendChild(root: RuleNode, groupAt: NodeAddress, child: RuleNode): RuleNode {
  return updateAt(root, groupAt, (g) => (g.kind === 'group' ? { ...g, children: [...g.children, child] } : g));
}

/** Removes a child of a group; other parents keep their single child (remove the parent instead). */
export function removeAt(root: RuleNode, at: NodeAddress): RuleNode {
  if (at.length === 0) return root;
  const parent = at.slice(0, -1);
  const i = at[at.length - 1];
  return updateAt(root, parent, (g) => (g.kind === 'group' ? { ...g, children: g.children.filter((_, j) => j !== i) } : g));
}

export const newCondition = (path: string): RuleNode => ({
  kind: 'compare',
  op: '==',
  left: { kind: 'field', path },
  right: { kind: 'value', value: '' },
});

export const newGroup = (op: 'and' | 'or' = 'and'): RuleNode => ({ kind: 'group', op, children: [] });

/** Reads what a user typed into a value box: a number, true/false/null, or else the text itself. */
export function parseValueText(text: string, kind: 'number' | 'other'): Operand {
  const t = text.trim();
  if (kind === 'number' && t !== '' && Number.isFinite(Number(t))) return { kind: 'value', value: Number(t) };
  if (t === 'true' || t === 'false') return { kind: 'value', value: t === 'true' };
  if (t === 'null') return { kind: 'value', value: null };
  return { kind: 'value', value: text };
}
