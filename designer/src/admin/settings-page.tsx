import { Alert, App, Button, Form, Select, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSettings, putSettings, type TenantSettings } from '../api/settings-api';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { showFieldError } from './field-errors';

const supported = (key: 'timeZone' | 'currency'): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  return intl.supportedValuesOf?.(key) ?? [];
};

/** The tenant's time zone, currency and default language: every engine, date and amount uses them. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useAsync(getSettings, []);
  const [form] = Form.useForm<TenantSettings>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const zones = useMemo(() => ['UTC', ...supported('timeZone').filter((z) => z !== 'UTC')].map((z) => ({ value: z })), []);
  const currencies = useMemo(() => supported('currency').map((c) => ({ value: c })), []);
  useEffect(() => {
    if (current.data) form.setFieldsValue(current.data);
  }, [current.data, form]);
  const save = async (v: TenantSettings) => {
    setBusy(true);
    setError(null);
    try {
      await putSettings(v);
      void message.success(t('admin.settings.saved'));
      current.reload();
    } catch (e) {
      if (!showFieldError(form, e, t, ['timeZone', 'currency', 'language'])) setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ maxWidth: 560 }}>
      <Typography.Title level={2}>{t('admin.settings.title')}</Typography.Title>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('admin.settings.help')} />
      {current.error ? <ErrorAlert error={current.error} onRetry={current.reload} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {!current.data && current.loading ? <Skeleton active /> : null}
      <Form form={form} layout="vertical" onFinish={save} hidden={!current.data}>
        <Form.Item name="timeZone" label={t('admin.settings.timeZone')} extra={t('admin.settings.timeZoneHelp')} rules={[{ required: true, message: t('admin.required') }]}>
          <Select showSearch options={zones} data-testid="settings-time-zone" />
        </Form.Item>
        <Form.Item name="currency" label={t('admin.settings.currency')} extra={t('admin.settings.currencyHelp')} rules={[{ required: true, message: t('admin.required') }]}>
          <Select showSearch options={currencies} data-testid="settings-currency" />
        </Form.Item>
        <Form.Item name="language" label={t('admin.settings.language')} extra={t('admin.settings.languageHelp')}>
          <Select options={[{ value: 'en', label: 'English' }, { value: 'zh-CN', label: '简体中文' }]} data-testid="settings-language" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-save">{t('admin.save')}</Button>
      </Form>
    </div>
  );
}
