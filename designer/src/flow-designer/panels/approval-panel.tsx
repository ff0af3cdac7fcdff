import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { AssigneeRule } from '../approval/assignee-rule';
import { RoleInput } from '../approval/role-input';
import { useFlowVariables } from '../decision/use-flow-variables';
import { getIn, setIn, type Config, type PanelProps } from './panel-props';

type Who = 'user' | 'role' | 'rule';
const whoOf = (a: Config): Who => ('user' in a ? 'user' : 'rule' in a ? 'rule' : 'role');

/** Approval: assignees (user / role / rule), mode (any / all / sequential / vote + threshold), SLA. */
export function ApprovalPanel({ node, onChange, flow }: PanelProps) {
  const { t } = useTranslation();
  const variables = useFlowVariables(flow, node.id);
  const c = (node.config ?? {}) as Config;
  const assignees = (Array.isArray(c.assignees) ? c.assignees : []) as Config[];
  const setAssignees = (next: Config[]) => onChange({ ...c, assignees: next }, 'assignees');
  const set = (path: string[], v: unknown) => onChange(setIn(c, path, v), path.join('.'));
  const timeout = getIn(c, ['sla', 'onTimeout', 'action']) as string | undefined;
  const escalateTo = getIn(c, ['sla', 'onTimeout', 'to', 'role']) as string | undefined;
  const f = (k: string) => `fd-${node.id}-${k}`;
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('flowDesigner.field.assignees')}>
        {assignees.map((a, i) => (
          <Space.Compact key={i} style={{ width: '100%', marginBottom: 4 }}>
            <Select aria-label={t('flowDesigner.field.assigneeKind')} data-testid={`assignee-kind-${i}`} value={whoOf(a)} style={{ width: 90 }}
              options={(['user', 'role', 'rule'] as const).map((w) => ({ value: w, label: t(`flowDesigner.who.${w}`) }))}
              onChange={(w: Who) => setAssignees(assignees.map((x, j) => (j === i ? (w === 'rule' ? { rule: { var: 'order.customer.id' } } : { [w]: '' }) : x)))} />
            {whoOf(a) === 'rule' && (
              <AssigneeRule id={f(`a${i}`)} testId={`assignee-value-${i}`} rule={a.rule} variables={variables}
                onChange={(v) => setAssignees(assignees.map((x, j) => (j === i ? { rule: v } : x)))} />
            )}
            {whoOf(a) === 'role' && (
              <RoleInput testId={`assignee-value-${i}`} ariaLabel={t('flowDesigner.field.assigneeValue')} value={(a.role as string) ?? ''}
                onChange={(v) => setAssignees(assignees.map((x, j) => (j === i ? { role: v } : x)))} />
            )}
            {whoOf(a) === 'user' && (
              <Input aria-label={t('flowDesigner.field.assigneeValue')} data-testid={`assignee-value-${i}`} value={(a.user as string) ?? ''}
                onChange={(e) => setAssignees(assignees.map((x, j) => (j === i ? { user: e.target.value } : x)))} />
            )}
            <Button aria-label={t('flowDesigner.remove')} onClick={() => setAssignees(assignees.filter((_, j) => j !== i))}>×</Button>
          </Space.Compact>
        ))}
        <Button size="small" data-testid="add-assignee" onClick={() => setAssignees([...assignees, { role: '' }])}>{t('flowDesigner.addAssignee')}</Button>
      </Form.Item>
      <Form.Item label={t('flowDesigner.field.mode')} htmlFor={f('mode')}>
        <Select id={f('mode')} data-testid="prop-mode" value={(c.mode as string) ?? 'any'} onChange={(v) => set(['mode'], v)}
          options={['any', 'all', 'sequential', 'vote'].map((m) => ({ value: m, label: t(`flowDesigner.mode.${m}`) }))} />
      </Form.Item>
      {c.mode === 'vote' && (
        <Form.Item label={t('flowDesigner.field.threshold')} htmlFor={f('threshold')}>
          <InputNumber id={f('threshold')} min={0} value={c.threshold as number | undefined} onChange={(v) => set(['threshold'], v ?? undefined)} />
        </Form.Item>
      )}
      <Form.Item label={t('flowDesigner.field.slaDue')} htmlFor={f('due')}>
        <Input id={f('due')} data-testid="prop-sla-due" placeholder="PT24H" value={(getIn(c, ['sla', 'due']) as string) ?? ''} onChange={(e) => set(['sla', 'due'], e.target.value)} />
      </Form.Item>
      <Form.Item label={t('flowDesigner.field.slaRemind')} htmlFor={f('remind')}>
        <Input id={f('remind')} data-testid="prop-sla-remind" placeholder="PT4H" value={(getIn(c, ['sla', 'remind']) as string) ?? ''} onChange={(e) => set(['sla', 'remind'], e.target.value)} />
      </Form.Item>
      <Form.Item label={t('flowDesigner.field.onTimeout')} htmlFor={f('timeout')}>
        <Select id={f('timeout')} data-testid="prop-on-timeout" allowClear value={timeout}
          options={['escalate', 'approve', 'reject'].map((m) => ({ value: m, label: t(`flowDesigner.timeout.${m}`) }))}
          onChange={(v?: string) => set(['sla', 'onTimeout'], v === undefined ? undefined : v === 'escalate' ? { action: v, to: { role: escalateTo ?? 'admin' } } : { action: v })} />
      </Form.Item>
      {timeout === 'escalate' && (
        <Form.Item label={t('flowDesigner.field.escalateTo')} htmlFor={f('escalate')}>
          <RoleInput id={f('escalate')} testId="prop-escalate-to" ariaLabel={t('flowDesigner.field.escalateTo')} value={escalateTo ?? ''}
            onChange={(v) => set(['sla', 'onTimeout'], { action: 'escalate', to: { role: v } })} />
        </Form.Item>
      )}
    </Form>
  );
}
