import type { FlowDefinition, FlowNode } from '@oms/runtime';

/** Every property panel edits one node's config; `onChange` is one undoable command. */
export interface PanelProps {
  node: FlowNode;
  /** `field` names what changed, so typing into one field is one undo step. */
  onChange(config: Record<string, unknown>, field?: string): void;
  /** The whole flow (its key finds the form that starts it; upstream outputs are readable as `vars.*`). */
  flow?: FlowDefinition;
}

export type Config = Record<string, unknown>;

/** Set (or with `undefined`, remove) a nested value without mutating. */
export function setIn(obj: Config, path: string[], value: unknown): Config {
  const [head, ...rest] = path;
  const next = { ...obj };
  if (rest.length === 0) {
    if (value === undefined || value === '') delete next[head];
    else next[head] = value;
    return next;
  }
  const child = setIn((obj[head] as Config | undefined) ?? {}, rest, value);
  if (Object.keys(child).length === 0) delete next[head];
  else next[head] = child;
  return next;
}

export function getIn(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Config)[k] : undefined), obj);
}
