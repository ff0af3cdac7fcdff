import { Form, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { definitionsApi } from '../../api/definitions-api';
import { useAsync } from '../../components/use-async';
import { setIn, type Config, type PanelProps } from './panel-props';

/** Route: pick one of the tenant's routings (the server's default when none is picked). */
export function RoutePanel({ node, onChange }: PanelProps) {
  const { t } = useTranslation();
  const c = (node.config ?? {}) as Config;
  const list = useAsync(() => definitionsApi.list('routing'), []);
  const options = (list.data?.items ?? []).filter((d) => d.status !== 'archived').map((d) => ({ value: d.key, label: d.key }));
  const id = `fd-${node.id}-routing`;
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('flowDesigner.field.routing')} htmlFor={id}>
        <Select id={id} data-testid="prop-routing" allowClear loading={list.loading} value={c.routing as string | undefined}
          placeholder={t('flowDesigner.defaultRouting')} options={options} onChange={(v) => onChange(setIn(c, ['routing'], v))} />
      </Form.Item>
      <Form.Item label={t('flowDesigner.field.reserve')} htmlFor={`${id}-reserve`}>
        <Switch id={`${id}-reserve`} checked={c.reserve !== false} onChange={(v) => onChange(setIn(c, ['reserve'], v ? undefined : false))} />
      </Form.Item>
    </Form>
  );
}
