import { Drawer } from '../components/drawer';
import { RuleBuilder } from '../rule-builder';
import type { VariableOption } from '../rule-builder/model';

interface Props {
  title: string;
  /** On the drawer's body (e.g. `branch-rule-0`, `wait-filter`). */
  testId: string;
  /** On the drawer's root, for tests and axe scans. */
  className: string;
  /** Model URI of the builder's JSON view, unique per rule on screen. */
  path: string;
  rule: unknown;
  variables: readonly VariableOption[];
  /** What the "try it" panel starts with: the data this rule slot is evaluated on. */
  sample: unknown;
  onChange(rule: unknown): void;
  onClose(): void;
}

/**
 * One rule of a node (a decision branch, a wait filter) in the shared visual rule builder (its own Monaco JSON view
 * and "try it" panel). A drawer, not the 320 px side panel: the builder and its trace need the room; the canvas
 * keeps its size underneath.
 */
export function RuleDrawer({ title, testId, className, path, rule, variables, sample, onChange, onClose }: Props) {
  return (
    <Drawer open size={760} destroyOnHidden onClose={onClose} title={title} rootClassName={className}>
      <div data-testid={testId}>
        <RuleBuilder value={rule} onChange={onChange} variables={variables} path={path} sample={sample} />
      </div>
    </Drawer>
  );
}
