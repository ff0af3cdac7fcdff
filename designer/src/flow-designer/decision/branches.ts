/** One decision branch as stored in the node's config (runtime/src/flow/nodes/decision.ts). */
export interface Branch {
  outcome: string;
  when: unknown;
  title?: Record<string, unknown>;
}

/**
 * The condition a new branch starts with: one editable row (order channel equals "") for the analyst to turn
 * into theirs by picking a field, an operator and a value; never a business rule of ours in disguise.
 */
export const starterRule = (): unknown => ({ '==': [{ var: 'order.channel' }, ''] });

/** A new branch: a fresh outcome name and the starter condition. */
export function addBranch(branches: readonly Branch[]): Branch[] {
  const taken = new Set(branches.map((b) => b.outcome));
  let n = branches.length + 1;
  while (taken.has(`branch-${n}`)) n++;
  return [...branches, { outcome: `branch-${n}`, when: starterRule() }];
}

export function removeBranch(branches: readonly Branch[], i: number): Branch[] {
  return branches.filter((_, j) => j !== i);
}

/** Move branch `from` to index `to` (order matters: the first true branch wins). */
export function moveBranch(branches: readonly Branch[], from: number, to: number): Branch[] {
  if (to < 0 || to >= branches.length || from === to) return [...branches];
  const next = [...branches];
  const [b] = next.splice(from, 1);
  next.splice(to, 0, b);
  return next;
}

export function updateBranch(branches: readonly Branch[], i: number, patch: Partial<Branch>): Branch[] {
  return branches.map((b, j) => (j === i ? { ...b, ...patch } : b));
}
