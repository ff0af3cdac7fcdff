import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFlowVariables } from '../decision/use-flow-variables';
import { RecipientRowEditor } from '../notify/recipient-row';
import { recipientRows, removeRecipient, setRecipient, toRecipient, blankRecipient } from '../notify/recipients';
import { setIn, type Config, type PanelProps } from './panel-props';

/** Notify: template, channel, and the recipients as rows (role / user / the order's customer / an address from a variable). */
export function NotifyPanel({ node, onChange, flow }: PanelProps) {
  const { t } = useTranslation();
  const c = (node.config ?? {}) as Config;
  const variables = useFlowVariables(flow, node.id);
  const rows = recipientRows(c.to);
  // `to` is required by the schema: an emptied list stays `[]` (the check names it) rather than vanishing
  const setTo = (to: unknown[], field?: string) => onChange({ ...c, to }, field);
  const id = (k: string) => `fd-${node.id}-notify-${k}`;
  const text = (k: 'template' | 'channel') => (
    <Form.Item label={t(`flowDesigner.notify.${k}`)} htmlFor={id(k)}>
      <Input id={id(k)} data-testid={`notify-${k}`} value={typeof c[k] === 'string' ? (c[k] as string) : ''}
        placeholder={k === 'channel' ? t('flowDesigner.notify.channelPlaceholder') : undefined} onChange={(e) => onChange(setIn(c, [k], e.target.value), k)} />
    </Form.Item>
  );
  return (
    <Form layout="vertical" size="small" component="div" data-testid="notify-panel">
      {text('template')}
      <Form.Item label={t('flowDesigner.notify.recipients')}>
        {rows.map((row, i) => (
          <RecipientRowEditor key={i} index={i} row={row} variables={variables}
            onChange={(r) => setTo(setRecipient(c.to, i, r), `to.${i}`)} onRemove={() => setTo(removeRecipient(c.to, i))} />
        ))}
        {rows.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 4 }} title={t('flowDesigner.notify.none')} />}
        <Button size="small" data-testid="notify-add-recipient" onClick={() => setTo([...(Array.isArray(c.to) ? c.to : []), toRecipient(blankRecipient('role'))])}>
          {t('flowDesigner.notify.add')}
        </Button>
      </Form.Item>
      {text('channel')}
    </Form>
  );
}
