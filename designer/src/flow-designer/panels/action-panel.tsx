import { Alert, Divider, Form, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../components/use-async';
import { capabilitiesApi } from '../action/capabilities-api';
import { CapabilitySelect } from '../action/capability-select';
import { mappingRows, setRow, type InputMap } from '../action/input-mapping';
import { MappingRowEditor } from '../action/mapping-row';
import { flowVariables } from '../decision/flow-variables';
import { useFlowForm } from '../decision/use-flow-form';
import { setIn, type Config, type PanelProps } from './panel-props';

/**
 * Action: pick a capability the tenant can call (grouped by plugin), map each input property of its schema from a
 * variable upstream of this node or a constant, name the output, pick the compensation. Each edit is one undo step
 * (typing into one field coalesces under that field). Rules the rows cannot show stay as stored.
 */
export function ActionPanel({ node, onChange, flow }: PanelProps) {
  const { t, i18n } = useTranslation();
  const c = (node.config ?? {}) as Config;
  const caps = useAsync(() => capabilitiesApi.list(), []);
  const items = caps.data?.items ?? [];
  const form = useFlowForm(flow?.key);
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const variables = useMemo(() => flowVariables(flow, form, locale, node.id), [flow, form, locale, node.id]);
  // which source an empty row shows (UI only: an empty row stores nothing), per node and property
  const [modes, setModes] = useState<Record<string, 'var' | 'const'>>({});
  const capability = typeof c.capability === 'string' ? c.capability : undefined;
  const spec = items.find((i) => i.key === capability);
  const input = (c.input && typeof c.input === 'object' && !Array.isArray(c.input) ? c.input : undefined) as InputMap | undefined;
  const rows = mappingRows(spec?.input, input);
  const compensation = (c.compensation ?? {}) as Config;
  const id = `fd-${node.id}-action`;
  return (
    <Form layout="vertical" size="small" component="div" data-testid="action-panel">
      {!!caps.error && <Alert type="error" showIcon title={t('flowDesigner.action.loadFailed', { message: String((caps.error as Error).message ?? caps.error) })} />}
      <Form.Item label={t('flowDesigner.action.capability')} htmlFor={`${id}-capability`}>
        <CapabilitySelect id={`${id}-capability`} testId="action-capability" value={capability} capabilities={items} loading={caps.loading}
          onChange={(k) => onChange({ ...c, capability: k ?? '' }, 'capability')} />
      </Form.Item>
      <Divider titlePlacement="start" plain>{t('flowDesigner.action.input')}</Divider>
      {rows.length === 0 && <Typography.Paragraph type="secondary">{t('flowDesigner.action.noInputs')}</Typography.Paragraph>}
      {rows.map((row) => (
        <MappingRowEditor key={row.key} row={row} mode={modes[`${node.id}/${row.key}`] ?? 'var'} variables={variables}
          onMode={(m) => setModes({ ...modes, [`${node.id}/${row.key}`]: m })}
          onChange={(v) => onChange(setIn(c, ['input'], setRow(input, row.key, v)), `input.${row.key}`)} />
      ))}
      <Divider />
      <Form.Item label={t('flowDesigner.action.output')} htmlFor={`${id}-output`}>
        <Input id={`${id}-output`} data-testid="action-output" value={typeof c.output === 'string' ? c.output : ''}
          placeholder={t('flowDesigner.action.outputPlaceholder')} onChange={(e) => onChange(setIn(c, ['output'], e.target.value), 'output')} />
      </Form.Item>
      <Form.Item label={t('flowDesigner.action.compensation')} htmlFor={`${id}-compensation`}>
        <CapabilitySelect id={`${id}-compensation`} testId="action-compensation" capabilities={items} loading={caps.loading}
          value={typeof compensation.capability === 'string' ? compensation.capability : undefined}
          onChange={(k) => onChange(setIn(c, ['compensation', 'capability'], k), 'compensation.capability')} />
      </Form.Item>
    </Form>
  );
}
