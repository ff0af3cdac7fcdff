import { Alert, Divider, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../components/use-async';
import { capabilitiesApi } from '../action/capabilities-api';
import { CapabilitySelect } from '../action/capability-select';
import type { InputMap } from '../action/input-mapping';
import { MappingEditor } from '../action/mapping-editor';
import { useFlowVariables } from '../decision/use-flow-variables';
import { setIn, type Config, type PanelProps } from './panel-props';

const mapOf = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined) as InputMap | undefined;

/**
 * Action: pick a capability the tenant can call (grouped by plugin), map each input property of its schema from a
 * variable upstream of this node or a constant, name the output, pick the compensation and map its input the same
 * way (runtime/src/flow/nodes/action.ts: `compensation: { capability, input }`, evaluated on `{ order, vars }`).
 * Each edit is one undo step (typing into one field coalesces under that field). Rules the rows cannot show stay as stored.
 */
export function ActionPanel({ node, onChange, flow }: PanelProps) {
  const { t } = useTranslation();
  const c = (node.config ?? {}) as Config;
  const caps = useAsync(() => capabilitiesApi.list(), []);
  const items = caps.data?.items ?? [];
  const variables = useFlowVariables(flow, node.id);
  const capability = typeof c.capability === 'string' ? c.capability : undefined;
  const compensation = (mapOf(c.compensation) ?? {}) as Config;
  const compCapability = typeof compensation.capability === 'string' ? compensation.capability : undefined;
  const id = `fd-${node.id}-action`;
  return (
    <Form layout="vertical" size="small" component="div" data-testid="action-panel">
      {!!caps.error && <Alert type="error" showIcon title={t('flowDesigner.action.loadFailed', { message: String((caps.error as Error).message ?? caps.error) })} />}
      <Form.Item label={t('flowDesigner.action.capability')} htmlFor={`${id}-capability`}>
        <CapabilitySelect id={`${id}-capability`} testId="action-capability" value={capability} capabilities={items} loading={caps.loading}
          onChange={(k) => onChange({ ...c, capability: k ?? '' }, 'capability')} />
      </Form.Item>
      <Divider titlePlacement="start" plain>{t('flowDesigner.action.input')}</Divider>
      <MappingEditor nodeId={node.id} schema={items.find((i) => i.key === capability)?.input} input={mapOf(c.input)} variables={variables}
        testPrefix="action-input" onChange={(input, key) => onChange(setIn(c, ['input'], input), `input.${key}`)} />
      <Divider />
      <Form.Item label={t('flowDesigner.action.output')} htmlFor={`${id}-output`}>
        <Input id={`${id}-output`} data-testid="action-output" value={typeof c.output === 'string' ? c.output : ''}
          placeholder={t('flowDesigner.action.outputPlaceholder')} onChange={(e) => onChange(setIn(c, ['output'], e.target.value), 'output')} />
      </Form.Item>
      {/* cleared: the whole compensation goes (an input without a capability is no compensation) */}
      <Form.Item label={t('flowDesigner.action.compensation')} htmlFor={`${id}-compensation`}>
        <CapabilitySelect id={`${id}-compensation`} testId="action-compensation" capabilities={items} loading={caps.loading} value={compCapability}
          onChange={(k) => onChange(k ? setIn(c, ['compensation', 'capability'], k) : setIn(c, ['compensation'], undefined), 'compensation.capability')} />
      </Form.Item>
      <Divider titlePlacement="start" plain>{t('flowDesigner.compensation.input')}</Divider>
      {compCapability
        ? <MappingEditor nodeId={`${node.id}/compensation`} schema={items.find((i) => i.key === compCapability)?.input} input={mapOf(compensation.input)}
            variables={variables} testPrefix="compensation-input" keyLabel={(key) => t('flowDesigner.compensation.keyOf', { key })}
            onChange={(input, key) => onChange(setIn(c, ['compensation', 'input'], input), `compensation.input.${key}`)} />
        : <Typography.Paragraph type="secondary" data-testid="compensation-none">{t('flowDesigner.compensation.none')}</Typography.Paragraph>}
    </Form>
  );
}
