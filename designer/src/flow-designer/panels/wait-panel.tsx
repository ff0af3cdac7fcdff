import { AutoComplete, Button, Form, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeNode, parseRule } from '../../rule-builder/model';
import { starterRule } from '../decision/branches';
import { upstreamOutputs } from '../decision/flow-variables';
import { useFlowVariables } from '../decision/use-flow-variables';
import { RuleDrawer } from '../rule-drawer';
import { ruleSample } from '../rule-sample';
import { eventSuggestions, timeoutText, timeoutValid, waitVariables } from '../wait/wait-config';
import { setIn, type Config, type PanelProps } from './panel-props';

/**
 * Wait: the event's name, an optional ISO 8601 timeout (checked as typed), the filter built in the visual rule
 * builder over `{ order, vars, event }` (no JSON to type), and where the payload is stored.
 */
export function WaitPanel({ node, onChange, flow }: PanelProps) {
  const { t } = useTranslation();
  const c = (node.config ?? {}) as Config;
  const base = useFlowVariables(flow, node.id);
  const variables = useMemo(() => waitVariables(base, t('flowDesigner.wait.eventPayload')), [base, t]);
  const sample = useMemo(() => ruleSample(upstreamOutputs(flow, node.id), {}), [flow, node.id]);
  const suggestions = useMemo(() => eventSuggestions(flow, node.id).map((e) => ({ value: e })), [flow, node.id]);
  const [editing, setEditing] = useState(false);
  const set = (key: string, v: unknown) => onChange(setIn(c, [key], v), key);
  const event = typeof c.event === 'string' ? c.event : '';
  const timeout = timeoutText(c.timeout);
  const id = (k: string) => `fd-${node.id}-wait-${k}`;
  return (
    <Form layout="vertical" size="small" component="div" data-testid="wait-panel">
      <Form.Item label={t('flowDesigner.wait.event')} htmlFor={id('event')} extra={t('flowDesigner.wait.eventHelp')}>
        <AutoComplete id={id('event')} data-testid="wait-event" value={event} options={suggestions} placeholder={t('flowDesigner.wait.eventPlaceholder')}
          onChange={(v: string) => set('event', v)} />
      </Form.Item>
      <Form.Item label={t('flowDesigner.wait.timeout')} htmlFor={id('timeout')}
        validateStatus={timeoutValid(c.timeout) ? undefined : 'error'}
        help={timeoutValid(c.timeout) ? t('flowDesigner.wait.timeoutHelp') : <span data-testid="wait-timeout-invalid">{t('flowDesigner.wait.timeoutInvalid', { value: timeout })}</span>}>
        <Input id={id('timeout')} data-testid="wait-timeout" placeholder="PT24H" value={timeout} onChange={(e) => set('timeout', e.target.value.trim())} />
      </Form.Item>
      <Form.Item label={t('flowDesigner.wait.filter')}>
        <Typography.Paragraph type="secondary" style={{ margin: '0 0 6px' }} data-testid="wait-filter-summary">
          {c.filter === undefined ? t('flowDesigner.wait.noFilter', { event }) : <>{t('flowDesigner.wait.filterWhen')} <code>{describeNode(parseRule(c.filter))}</code></>}
        </Typography.Paragraph>
        <Space>
          <Button size="small" data-testid="wait-filter-edit" onClick={() => setEditing(true)}>
            {t(c.filter === undefined ? 'flowDesigner.wait.addFilter' : 'flowDesigner.wait.editFilter')}
          </Button>
          {c.filter !== undefined && <Button size="small" danger data-testid="wait-filter-remove" onClick={() => set('filter', undefined)}>{t('flowDesigner.wait.removeFilter')}</Button>}
        </Space>
      </Form.Item>
      <Form.Item label={t('flowDesigner.wait.output')} htmlFor={id('output')}>
        <Input id={id('output')} data-testid="wait-output" value={typeof c.output === 'string' ? c.output : ''} placeholder={t('flowDesigner.wait.outputPlaceholder')}
          onChange={(e) => set('output', e.target.value)} />
      </Form.Item>
      {editing && (
        <RuleDrawer title={t('flowDesigner.wait.filterTitle', { event })} testId="wait-filter" className="fd-rule-drawer fd-wait-drawer"
          path={`inmemory://oms/flow-wait/${node.id}.json`} rule={c.filter ?? starterRule()} variables={variables} sample={sample}
          onChange={(rule) => set('filter', rule ?? undefined)} onClose={() => setEditing(false)} />
      )}
    </Form>
  );
}
