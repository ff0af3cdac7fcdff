import { Empty, Result, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listPlugins, type PluginEntry } from '../api/admin-api';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';

/** The bundled plugins when the server has the plugin API; otherwise says that no connector is installed yet. */
export function PluginCatalogPage() {
  const { t } = useTranslation();
  const plugins = useAsync(listPlugins, []);
  return (
    <div>
      <Typography.Title level={2}>{t('admin.plugins.title')}</Typography.Title>
      {plugins.error ? <ErrorAlert error={plugins.error} onRetry={plugins.reload} /> : null}
      {plugins.loading && <Spin style={{ display: 'block', margin: 48 }} />}
      {plugins.data === null && (
        <Result status="info" title={t('admin.plugins.noApiTitle')} subTitle={t('admin.plugins.noApi')} data-testid="plugins-unavailable" />
      )}
      {plugins.data && (
        <Table<PluginEntry> rowKey={(p) => p.id ?? p.name ?? ''} dataSource={plugins.data} pagination={false}
          locale={{ emptyText: <Empty description={t('admin.plugins.empty')} /> }} columns={[
            { title: t('admin.plugins.name'), render: (_: unknown, p) => p.name ?? p.id },
            { title: t('admin.plugins.version'), dataIndex: 'version' },
            { title: t('admin.plugins.description'), dataIndex: 'description' },
            { title: t('admin.plugins.status'), render: (_: unknown, p) => (p.installed ? <Tag color="green">{t('admin.plugins.installed')}</Tag> : <Tag>{t('admin.plugins.available')}</Tag>) },
          ]} />
      )}
    </div>
  );
}
