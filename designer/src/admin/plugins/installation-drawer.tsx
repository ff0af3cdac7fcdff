import type { RJSFSchema } from '@rjsf/utils';
import { Alert, App, Button, Descriptions, Popconfirm, Select, Skeleton, Space, Switch, Tabs, Typography } from 'antd';
import { Drawer } from '../../components/drawer';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { pluginsApi, type CatalogEntry } from '../../api/plugins-api';
import { ErrorAlert } from '../../components/error-alert';
import { useAsync } from '../../components/use-async';
import { i18nText } from '../../definitions/definition-kinds';
import { errorText } from '../field-errors';
import { DeadLettersTable } from './dead-letters-table';
import { HealthPanel } from './health-panel';
import { SchemaForm, serverErrors } from './schema-form';

/** One installation: enable / disable, version, configuration, write-only credentials, test, sync, health, dead letters. */
export function InstallationDrawer(props: { installationId: string | null; entry: CatalogEntry | undefined; onClose(): void; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const iid = props.installationId;
  const detail = useAsync(() => (iid ? pluginsApi.get(iid) : Promise.resolve(null)), [iid]);
  const health = useAsync(() => (iid ? pluginsApi.health(iid) : Promise.resolve(null)), [iid]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [test, setTest] = useState<{ ok: boolean; text: string } | null>(null);
  const d = detail.data;
  const run = async (what: string, work: () => Promise<unknown>, done?: string) => {
    setBusy(what);
    setError(null);
    try {
      await work();
      if (done) void message.success(done);
      detail.reload();
      health.reload();
      props.onChanged();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && !e.path) void message.error(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };
  const testConnection = () => run('test', async () => {
    const r = await pluginsApi.test(iid!);
    setTest({ ok: r.ok, text: r.ok ? r.message ?? t('admin.plugins.testOk') : r.error ? `${r.error.code}: ${r.error.message}` : r.message ?? t('admin.plugins.testFailed') });
  });
  return (
    <Drawer open={!!iid} onClose={props.onClose} size="large" title={d ? i18nText(d.title, i18n.language) : ''} destroyOnHidden>
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {!d ? <Skeleton active /> : (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('admin.plugins.enabled')}>
              <Switch checked={d.enabled} loading={busy === 'enable'} aria-label={t('admin.plugins.enabled')} data-testid="installation-enabled"
                onChange={(on) => void run('enable', () => pluginsApi.update(d.id, { enabled: on, revision: d.revision }))} />
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.plugins.version')}>
              <Select value={d.version} style={{ width: 140 }} aria-label={t('admin.plugins.version')} loading={busy === 'version'}
                options={(props.entry?.versions ?? []).map((v) => ({ value: v.version }))}
                onChange={(v) => void run('version', () => pluginsApi.update(d.id, { version: v, revision: d.revision }), t('admin.plugins.upgraded', { version: v }))} />
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.plugins.capabilities')} span={2}>
              {d.capabilities.map((c) => <Typography.Text code key={c}>{c}</Typography.Text>)}
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.plugins.extraHosts')} span={2}>
              <Select mode="tags" value={d.extraHosts} tokenSeparators={[',', ' ']} style={{ width: '100%' }} aria-label={t('admin.plugins.extraHosts')} loading={busy === 'hosts'}
                onChange={(extraHosts: string[]) => void run('hosts', () => pluginsApi.update(d.id, { extraHosts, revision: d.revision }))} />
            </Descriptions.Item>
            {d.webhook ? <Descriptions.Item label={t('admin.plugins.webhookUrl')} span={2}><Typography.Text copyable>{new URL(d.webhook.url, location.origin).toString()}</Typography.Text></Descriptions.Item> : null}
          </Descriptions>
          <Space wrap>
            <Button onClick={() => void testConnection()} loading={busy === 'test'} data-testid="installation-test">{t('admin.plugins.test')}</Button>
            <Button onClick={() => void run('sync', () => pluginsApi.sync(d.id), t('admin.plugins.syncQueued'))} loading={busy === 'sync'} disabled={!d.enabled || !d.polling}>{t('admin.plugins.syncNow')}</Button>
            <Popconfirm title={t('admin.plugins.uninstallConfirm')} okText={t('admin.plugins.uninstall')} cancelText={t('admin.cancel')}
              onConfirm={() => run('uninstall', async () => { await pluginsApi.uninstall(d.id); props.onClose(); })}>
              <Button danger loading={busy === 'uninstall'}>{t('admin.plugins.uninstall')}</Button>
            </Popconfirm>
          </Space>
          {test ? <Alert type={test.ok ? 'success' : 'error'} showIcon title={test.text} data-testid="installation-test-result" /> : null}
          <Tabs items={[
            {
              key: 'config', label: t('admin.plugins.configuration'), children: (
                <SchemaForm schema={d.configSchema as RJSFSchema} formData={d.config} submitText={t('admin.save')} busy={busy === 'config'} testId="installation-config-form"
                  extraErrors={serverErrors(error, '/config', t)} onSubmit={(config) => void run('config', () => pluginsApi.update(d.id, { config, revision: d.revision }), t('admin.plugins.saved'))} />
              ),
            },
            {
              key: 'credentials', label: t('admin.plugins.credentials'), children: (
                <>
                  <Typography.Paragraph type="secondary">{t('admin.plugins.credentialsHelp', { fields: d.credentials.fields.join(', ') || '—' })}</Typography.Paragraph>
                  <SchemaForm key={d.credentials.setAt ?? 'unset'} schema={d.credentialsSchema as RJSFSchema} setFields={d.credentials.fields} submitText={t('admin.plugins.saveCredentials')} busy={busy === 'credentials'}
                    testId="installation-credentials-form" extraErrors={serverErrors(error, '/credentials', t)}
                    onSubmit={(credentials) => void run('credentials', () => pluginsApi.setCredentials(d.id, credentials), t('admin.plugins.credentialsSaved'))} />
                </>
              ),
            },
            { key: 'health', label: t('admin.plugins.health'), children: health.data ? <HealthPanel health={health.data} /> : <Skeleton active /> },
            { key: 'dead', label: t('admin.plugins.deadLetters'), children: <DeadLettersTable installationId={d.id} /> },
          ]} />
        </Space>
      )}
    </Drawer>
  );
}
