import {
  ApiOutlined, BellOutlined, BranchesOutlined, CheckCircleOutlined, ClockCircleOutlined, EnvironmentOutlined,
  ForkOutlined, MergeCellsOutlined, PlayCircleOutlined, StopOutlined, TagOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { builtinNodeTypes } from '@oms/runtime';
import { ActionPanel } from './panels/action-panel';
import { ApprovalPanel } from './panels/approval-panel';
import { starterRule } from './decision/branches';
import { DecisionPanel } from './panels/decision-panel';
import { FieldPanel, type FieldSpec } from './panels/field-panel';
import { NotifyPanel } from './panels/notify-panel';
import type { PanelProps } from './panels/panel-props';
import { RoutePanel } from './panels/route-panel';
import { WaitPanel } from './panels/wait-panel';

/** What the designer adds to a runtime node type, registered under the runtime's key. */
export interface NodeUi {
  icon: ReactNode;
  /** Config a node gets when dropped from the palette. */
  defaults?: () => Record<string, unknown>;
  Panel?: ComponentType<PanelProps>;
}

const fields = (specs: FieldSpec[]): ComponentType<PanelProps> => {
  const P = (p: PanelProps) => <FieldPanel {...p} fields={specs} />;
  return P;
};

type BuiltinKey = (typeof builtinNodeTypes)[number]['key'];

const registry = new Map<string, NodeUi>();

/**
 * Register the designer side of a node type; plugins call this with their runtime key. A key already registered is
 * an error (DESIGN.md §7: two plugins must not silently fight over a node type); `replace: true` says it is meant.
 */
export function registerNodeUi(key: string, ui: NodeUi, options?: { replace?: boolean }): void {
  if (registry.has(key) && !options?.replace) throw new Error(`node UI "${key}" is already registered (pass { replace: true } to replace it)`);
  registry.set(key, ui);
}

export function nodeUi(key: string): NodeUi | undefined {
  return registry.get(key);
}

export function nodeUiKeys(): string[] {
  return [...registry.keys()];
}

const builtin: Record<BuiltinKey, NodeUi> = {
  start: { icon: <PlayCircleOutlined /> },
  decision: { icon: <BranchesOutlined />, Panel: DecisionPanel, defaults: () => ({ branches: [{ outcome: 'high', when: starterRule() }] }) },
  'parallel-split': { icon: <ForkOutlined /> },
  'parallel-join': { icon: <MergeCellsOutlined /> },
  approval: { icon: <CheckCircleOutlined />, Panel: ApprovalPanel, defaults: () => ({ assignees: [] }) },
  action: {
    icon: <ApiOutlined />, defaults: () => ({ capability: '' }), Panel: ActionPanel,
  },
  route: { icon: <EnvironmentOutlined />, Panel: RoutePanel },
  wait: { icon: <ClockCircleOutlined />, defaults: () => ({ event: 'payment-received' }), Panel: WaitPanel },
  'set-status': { icon: <TagOutlined />, defaults: () => ({ status: 'in-review' }), Panel: fields([{ path: ['status'], label: 'status', kind: 'text' }]) },
  // a role of the runtime's list (ROLES): the release check refuses any other
  notify: { icon: <BellOutlined />, defaults: () => ({ template: 'order-update', to: [{ role: 'operator' }] }), Panel: NotifyPanel },
  end: {
    icon: <StopOutlined />,
    Panel: fields([
      { path: ['outcome'], label: 'outcome', kind: 'text' },
      { path: ['status'], label: 'status', kind: 'text' },
      { path: ['compensate'], label: 'compensateAll', kind: 'switch' },
    ]),
  },
};

for (const [key, ui] of Object.entries(builtin)) registerNodeUi(key, ui);
