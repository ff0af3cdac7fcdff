import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import { Alert, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pluginsApi, type CatalogEntry } from '../../api/plugins-api';
import { ErrorAlert } from '../../components/error-alert';
import { i18nText } from '../../definitions/definition-kinds';
import { SchemaForm, serverErrors } from './schema-form';

/**
 * Install a catalog plugin for this tenant: the version, then its configuration form generated from the manifest's
 * configSchema. Credentials are set afterwards, write-only, on the installation.
 */
export function InstallModal(props: { entry: CatalogEntry | null; onClose(): void; onInstalled(id: string): void }) {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState<string | undefined>();
  const [hosts, setHosts] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setVersion(props.entry?.latest);
    setHosts([]);
    setError(null);
  }, [props.entry]);
  const entry = props.entry;
  const manifest = entry?.versions.find((v) => v.version === version)?.manifest;
  const schema = (manifest?.configSchema ?? { type: 'object' }) as RJSFSchema;
  const extraErrors: ErrorSchema | undefined = serverErrors(error, '/config', t);
  const install = async (config: Record<string, unknown>) => {
    if (!entry) return;
    setBusy(true);
    setError(null);
    try {
      const created = await pluginsApi.install({ pluginId: entry.id, version, config, enabled: true, extraHosts: hosts });
      props.onInstalled(created.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={!!entry} title={entry ? t('admin.plugins.installTitle', { name: i18nText(entry.title, i18n.language) }) : ''} onCancel={props.onClose} footer={null} width={640} destroyOnHidden>
      {entry ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{i18nText(entry.description, i18n.language)}</Typography.Paragraph>
          <label>
            {t('admin.plugins.version')}{' '}
            <Select value={version} onChange={setVersion} style={{ width: 160 }} aria-label={t('admin.plugins.version')}
              options={entry.versions.map((v) => ({ value: v.version, label: `${v.version} · ${t(`admin.plugins.source.${v.source}`)}` }))} />
          </label>
          <label>
            {t('admin.plugins.extraHosts')}
            <Select mode="tags" value={hosts} onChange={setHosts} tokenSeparators={[',', ' ']} style={{ width: '100%' }} aria-label={t('admin.plugins.extraHosts')}
              placeholder="shop.example.com, 127.0.0.1:4010" data-testid="install-extra-hosts" />
            <Typography.Text type="secondary">{t('admin.plugins.extraHostsHelp', { hosts: ((manifest?.allowedHosts as string[] | undefined) ?? []).join(', ') || '—' })}</Typography.Text>
          </label>
          <Alert type="info" showIcon title={t('admin.plugins.installHelp')} />
          {error && !extraErrors ? <ErrorAlert error={error} /> : null}
          <SchemaForm schema={schema} submitText={t('admin.plugins.install')} busy={busy} extraErrors={extraErrors} testId="install-config-form" onSubmit={install} />
        </Space>
      ) : null}
    </Modal>
  );
}
