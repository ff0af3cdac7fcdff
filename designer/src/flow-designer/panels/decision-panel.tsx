import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeNode, parseRule } from '../../rule-builder/model';
import { upstreamOutputs } from '../decision/flow-variables';
import { useFlowVariables } from '../decision/use-flow-variables';
import { RuleDrawer } from '../rule-drawer';
import { ruleSample } from '../rule-sample';
import { addBranch, moveBranch, removeBranch, updateBranch, type Branch } from '../decision/branches';
import type { Config, PanelProps } from './panel-props';

/**
 * Decision: ordered branches, each an outcome (one handle on the canvas) and its rule, built in the visual rule
 * builder (no JSON to type). Adding, removing and reordering a branch are one undo step each; typing into one
 * branch's outcome or rule coalesces under that branch. `default` is always there (not a branch).
 */
export function DecisionPanel({ node, onChange, flow }: PanelProps) {
  const { t } = useTranslation();
  const c = (node.config ?? {}) as Config;
  const branches = (Array.isArray(c.branches) ? c.branches : []) as Branch[];
  const variables = useFlowVariables(flow, node.id);
  const sample = useMemo(() => ruleSample(upstreamOutputs(flow, node.id)), [flow, node.id]);
  const [editing, setEditing] = useState<number | null>(null);
  const set = (next: Branch[], field?: string) => onChange({ ...c, branches: next }, field);
  const open = editing !== null && branches[editing] ? editing : null;
  return (
    <Form layout="vertical" size="small" component="div" data-testid="decision-panel">
      {branches.map((b, i) => (
        <Card key={i} size="small" style={{ marginBottom: 8 }} data-testid={`branch-${i}`}>
          <Space.Compact style={{ width: '100%' }}>
            <Input aria-label={t('flowDesigner.field.outcome')} data-testid={`branch-outcome-${i}`} value={b.outcome}
              onChange={(e) => set(updateBranch(branches, i, { outcome: e.target.value }), `branches.${i}.outcome`)} />
            <Button icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('flowDesigner.moveUp', { outcome: b.outcome })}
              data-testid={`branch-up-${i}`} onClick={() => set(moveBranch(branches, i, i - 1))} />
            <Button icon={<ArrowDownOutlined />} disabled={i === branches.length - 1} aria-label={t('flowDesigner.moveDown', { outcome: b.outcome })}
              data-testid={`branch-down-${i}`} onClick={() => set(moveBranch(branches, i, i + 1))} />
            <Button icon={<DeleteOutlined />} danger aria-label={t('flowDesigner.removeBranch', { outcome: b.outcome })}
              data-testid={`branch-remove-${i}`} onClick={() => set(removeBranch(branches, i))} />
          </Space.Compact>
          <Typography.Paragraph type="secondary" style={{ margin: '6px 0' }} data-testid={`branch-when-${i}`}>
            {t('flowDesigner.branchWhen')} <code>{describeNode(parseRule(b.when))}</code>
          </Typography.Paragraph>
          <Button size="small" data-testid={`branch-edit-${i}`} onClick={() => setEditing(i)}>{t('flowDesigner.editRule')}</Button>
        </Card>
      ))}
      <Typography.Paragraph type="secondary">{t('flowDesigner.defaultBranch')}</Typography.Paragraph>
      <Button size="small" data-testid="add-branch" onClick={() => set(addBranch(branches))}>{t('flowDesigner.addBranch')}</Button>
      {open !== null && (
        <RuleDrawer
          title={t('flowDesigner.branchRule', { outcome: branches[open].outcome })} testId={`branch-rule-${open}`} className="fd-branch-drawer"
          path={`inmemory://oms/flow-decision/${node.id}/${open}.json`} rule={branches[open].when} variables={variables} sample={sample}
          onChange={(when) => set(updateBranch(branches, open, { when: when ?? true }), `branches.${open}.when`)}
          onClose={() => setEditing(null)}
        />
      )}
    </Form>
  );
}
