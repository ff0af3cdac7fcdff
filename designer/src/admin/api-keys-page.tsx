import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listApiKeys, revokeApiKey, type ApiKeyView } from '../api/admin-api';
import { ApiError } from '../api/client';
import type { Role } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { CreateKeyModal } from './create-key-modal';
import { errorText } from './field-errors';
import { SecretOnceModal } from './secret-once-modal';
import { useDateTime } from './use-date-time';

/** Active API keys (prefix only), create with a role scope, revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const keys = useAsync(listApiKeys, []);
  const fmt = useDateTime();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const revoke = async (k: ApiKeyView) => {
    try {
      await revokeApiKey(k.id);
      keys.reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? errorText(e, t) : String(e));
    }
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2}>{t('admin.keys.title')}</Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>{t('admin.keys.create')}</Button>
      </Space>
      {keys.error ? <ErrorAlert error={keys.error} onRetry={keys.reload} /> : null}
      <Table<ApiKeyView> rowKey="id" loading={keys.loading} dataSource={keys.data ?? []} pagination={{ pageSize: 50 }} columns={[
        { title: t('admin.keys.name'), dataIndex: 'name' },
        { title: t('admin.keys.prefix'), dataIndex: 'prefix', render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
        { title: t('admin.keys.scope'), dataIndex: 'role', render: (r: Role) => t(`roles.${r}`) },
        { title: t('admin.users.created'), dataIndex: 'createdAt', render: (v: string) => fmt(v) },
        { title: t('admin.keys.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? fmt(v) : t('admin.keys.never')) },
        {
          title: t('admin.actions'), key: 'actions', render: (_: unknown, k) => (
            <Popconfirm title={t('admin.keys.revokeConfirm', { name: k.name })} onConfirm={() => revoke(k)} okText={t('admin.keys.revoke')} cancelText={t('admin.cancel')}>
              <Button size="small" danger>{t('admin.keys.revoke')}</Button>
            </Popconfirm>
          ),
        },
      ]} />
      <CreateKeyModal open={creating} onClose={() => setCreating(false)} onCreated={(key) => { setCreating(false); setSecret(key); keys.reload(); }} />
      <SecretOnceModal title={t('admin.keys.keyTitle')} secret={secret} onClose={() => setSecret(null)} testId="new-api-key" />
    </div>
  );
}
