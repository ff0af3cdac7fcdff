import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { definitionsApi } from '../api/definitions-api';
import { useAsync } from '../components/use-async';
import { setFormFlow, type FormDoc } from './model';

/** Form-level settings: the flow an accepted submission starts, picked from the tenant's flows (no JSON). */
export function FormSettings({ doc, apply }: { doc: FormDoc; apply(next: FormDoc): void }) {
  const { t } = useTranslation();
  const flows = useAsync(() => definitionsApi.list('flow'), []);
  const options = (flows.data?.items ?? []).filter((d) => d.status !== 'archived').map((d) => ({ value: d.key, label: d.key }));
  return (
    <Form layout="vertical" size="small" component="div" data-testid="fd-settings">
      <Form.Item label={t('formDesigner.startsFlow')} htmlFor="fd-form-flow" extra={t('formDesigner.startsFlowHelp')}>
        <Select id="fd-form-flow" data-testid="fd-form-flow" allowClear showSearch loading={flows.loading} style={{ maxWidth: 360 }}
          value={typeof doc.flow === 'string' ? doc.flow : undefined} placeholder={t('formDesigner.noFlow')} options={options}
          onChange={(v: string | undefined) => apply(setFormFlow(doc, v))} />
      </Form.Item>
    </Form>
  );
}
