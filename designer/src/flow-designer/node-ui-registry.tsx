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
import type { PanelProps } from './panels/panel-props';
import { RoutePanel } from './panels/route-panel';

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

/** Register the designer side of a node type; plugins call this with their runtime key. */
export function registerNodeUi(key: string, ui: NodeUi): void {
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
  wait: {
    icon: <ClockCircleOutlined />, defaults: () => ({ event: 'payment-received' }),
    Panel: fields([
      { path: ['event'], label: 'event', kind: 'text' },
      { path: ['timeout'], label: 'timeout', kind: 'text' },
      { path: ['filter'], label: 'filter', kind: 'json' },
      { path: ['output'], label: 'output', kind: 'text' },
    ]),
  },
  'set-status': { icon: <TagOutlined />, defaults: () => ({ status: 'in-review' }), Panel: fields([{ path: ['status'], label: 'status', kind: 'text' }]) },
  notify: {
    icon: <BellOutlined />, defaults: () => ({ template: 'order-update', to: [{ role: 'support' }] }),
    Panel: fields([
      { path: ['template'], label: 'template', kind: 'text' },
      { path: ['to'], label: 'recipients', kind: 'json' },
      { path: ['channel'], label: 'channel', kind: 'text' },
    ]),
  },
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
