import { UploadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { pluginsApi, type CatalogEntry } from '../api/plugins-api';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { i18nText } from '../definitions/definition-kinds';
import { errorText } from './field-errors';
import { DeadLettersTable } from './plugins/dead-letters-table';
import { InstallModal } from './plugins/install-modal';
import { InstallationDrawer } from './plugins/installation-drawer';

/** Connector plugins: the catalog (bundled and uploaded), install, configure, and the tenant's dead letters. */
export function PluginCatalogPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const catalog = useAsync(pluginsApi.catalog, []);
  const [installing, setInstalling] = useState<CatalogEntry | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const upload = async (file: File) => {
    setUploading(true);
    try {
      const r = await pluginsApi.upload(file);
      void message.success(t(r.duplicate ? 'admin.plugins.uploadDuplicate' : 'admin.plugins.uploaded', { id: r.pluginId, version: r.version }));
      catalog.reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? `${errorText(e, t)}${e.path ? ` (${e.path})` : ''}` : String(e));
    } finally {
      setUploading(false);
    }
  };
  const entryOf = (pluginId: string | undefined) => catalog.data?.find((c) => c.id === pluginId);
  const openEntry = catalog.data?.find((c) => c.installation?.id === open);
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2}>{t('admin.plugins.title')}</Typography.Title>
        <Upload accept=".tgz,application/gzip" showUploadList={false} beforeUpload={(f) => { void upload(f); return false; }}>
          <Button icon={<UploadOutlined />} loading={uploading} data-testid="plugin-upload">{t('admin.plugins.upload')}</Button>
        </Upload>
      </Space>
      <Typography.Paragraph type="secondary">{t('admin.plugins.help')}</Typography.Paragraph>
      {catalog.error ? <ErrorAlert error={catalog.error} onRetry={catalog.reload} /> : null}
      <Tabs items={[
        {
          key: 'catalog', label: t('admin.plugins.catalog'), children: (
            <Table<CatalogEntry> rowKey="id" loading={catalog.loading} dataSource={catalog.data ?? []} pagination={false} data-testid="plugin-catalog"
              columns={[
                { title: t('admin.plugins.name'), key: 'name', render: (_: unknown, p) => <><Typography.Text strong>{i18nText(p.title, i18n.language)}</Typography.Text> <Typography.Text type="secondary" code>{p.id}</Typography.Text></> },
                { title: t('admin.plugins.kinds'), dataIndex: 'kinds', render: (k: string[]) => k.map((x) => <Tag key={x}>{t(`admin.plugins.kind.${x}`, { defaultValue: x })}</Tag>) },
                { title: t('admin.plugins.description'), key: 'description', render: (_: unknown, p) => i18nText(p.description, i18n.language) },
                { title: t('admin.plugins.version'), key: 'version', render: (_: unknown, p) => p.installation?.version ?? p.latest },
                {
                  title: t('admin.plugins.status'), key: 'status', render: (_: unknown, p) => !p.installation
                    ? <Tag>{t('admin.plugins.available')}</Tag>
                    // a status dot beside plain text: antd's coloured tags fail the AA contrast check
                    : <Badge status={p.installation.enabled ? 'success' : 'default'} text={t(p.installation.enabled ? 'admin.plugins.installed' : 'admin.plugins.disabled')} />,
                },
                {
                  title: t('admin.actions'), key: 'actions', render: (_: unknown, p) => p.installation
                    ? <Button size="small" onClick={() => setOpen(p.installation!.id)} data-testid={`manage-${p.id}`}>{t('admin.plugins.manage')}</Button>
                    : <Button size="small" type="primary" onClick={() => setInstalling(p)} data-testid={`install-${p.id}`}>{t('admin.plugins.install')}</Button>,
                },
              ]} />
          ),
        },
        { key: 'dead', label: t('admin.plugins.deadLetters'), children: <DeadLettersTable /> },
      ]} />
      <InstallModal entry={installing} onClose={() => setInstalling(null)} onInstalled={(id) => { setInstalling(null); catalog.reload(); setOpen(id); }} />
      <InstallationDrawer installationId={open} entry={openEntry ?? entryOf(undefined)} onClose={() => setOpen(null)} onChanged={catalog.reload} />
    </div>
  );
}
