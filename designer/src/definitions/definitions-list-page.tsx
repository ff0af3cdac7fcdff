import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { definitionsApi } from '../api/definitions-api';
import type { DefinitionKind, DefinitionSummary } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { CreateDefinitionModal } from './create-definition-modal';
import { i18nText, isKind, KINDS } from './definition-kinds';
import { StatusTag } from './status-tag';

export function DefinitionsListPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind: DefinitionKind = isKind(kindParam) ? kindParam : 'form';
  const [creating, setCreating] = useState(false);
  const list = useAsync(() => definitionsApi.list(kind), [kind]);
  // Archived definitions are out of the normal list; a switch (kept in the URL) shows them.
  const showArchived = params.get('archived') === '1';
  const all = list.data?.items ?? [];
  const archivedCount = all.filter((d) => d.status === 'archived').length;
  const rows = showArchived ? all : all.filter((d) => d.status !== 'archived');

  const columns = [
    {
      title: t('definitions.col.key'), dataIndex: 'key', key: 'key',
      render: (key: string) => <Link to={`/definitions/${kind}/${key}`} data-testid={`definition-link-${key}`}>{key}</Link>,
    },
    { title: t('definitions.col.title'), dataIndex: 'title', key: 'title', render: (v: unknown) => i18nText(v, i18n.language) },
    { title: t('definitions.col.status'), dataIndex: 'status', key: 'status', render: (s: DefinitionSummary['status']) => <StatusTag status={s} /> },
    { title: t('definitions.col.latest'), dataIndex: 'latestVersion', key: 'latest', render: (v: number | null) => (v ? v : t('detail.neverPublished')) },
    {
      title: t('definitions.col.draft'), dataIndex: 'hasDraft', key: 'draft',
      render: (d: boolean) => (d ? <Tag color="blue">{t('definitions.hasDraft')}</Tag> : t('definitions.noDraft')),
    },
    {
      title: t('definitions.col.updated'), dataIndex: 'updatedAt', key: 'updated',
      render: (v: string) => new Date(v).toLocaleString(i18n.language),
    },
  ];

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <div>
          <Typography.Title level={2} style={{ marginTop: 0 }}>{t('definitions.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('definitions.help')}</Typography.Paragraph>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-definition">
          {t('definitions.new')}
        </Button>
      </Space>
      <Tabs
        activeKey={kind}
        onChange={(k) => setParams(showArchived ? { kind: k, archived: '1' } : { kind: k })}
        items={KINDS.map((k) => ({ key: k, label: <span data-testid={`kind-tab-${k}`}>{t(`kinds.${k}`)}</span> }))}
      />
      <Typography.Paragraph type="secondary">{t(`kindHelp.${kind}`)}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Switch
          id="show-archived" checked={showArchived} data-testid="show-archived"
          onChange={(on) => setParams(on ? { kind, archived: '1' } : { kind })}
        />
        <label htmlFor="show-archived">{t('defx.showArchived')}</label>
        {!showArchived && archivedCount > 0 && <Typography.Text type="secondary">{t('defx.archivedHidden', { count: archivedCount })}</Typography.Text>}
      </Space>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<DefinitionSummary>
        rowKey="key"
        loading={list.loading}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('definitions.empty', { kind: t(`kinds.${kind}`) })} /> }}
      />
      <CreateDefinitionModal
        open={creating}
        defaultKind={kind}
        onClose={() => setCreating(false)}
        onCreated={(k, key) => {
          setCreating(false);
          void message.success(t('definitions.created'));
          void navigate(`/definitions/${k}/${key}`);
        }}
      />
    </div>
  );
}
