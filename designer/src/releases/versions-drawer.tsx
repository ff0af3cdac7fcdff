import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { Drawer } from '../components/drawer';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { definitionsApi } from '../api/definitions-api';
import type { ValidationIssue, VersionSummary } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { useTenantFormat } from '../components/use-tenant-format';
import { ReleaseIssues } from './release-issues';
import { releasesApi } from './releases-api';

/** Version history of one definition, with rollback: publish an old version as the next one. */
export function VersionsDrawer({ target, onClose, onRolledBack }: { target: { kind: string; key: string } | null; onClose(): void; onRolledBack(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useTenantFormat();
  const versions = useAsync(() => (target ? definitionsApi.versions(target.kind, target.key) : Promise.resolve({ items: [] })), [target?.kind, target?.key]);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const items = (versions.data?.items ?? []).slice().sort((a, b) => b.version - a.version);
  const latest = items[0]?.version;

  async function rollback(v: number) {
    if (!target) return;
    setError(null); setIssues([]);
    try {
      const r = await releasesApi.rollback(target.kind, target.key, v);
      void message.success(t('releases.rolledBack', { version: v, next: r.items[0]?.version }));
      versions.reload();
      onRolledBack();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'release.invalid' && Array.isArray(e.details)) setIssues(e.details as ValidationIssue[]);
      else setError(e);
    }
  }

  return (
    <Drawer open={!!target} onClose={onClose} width={640} title={target ? t('releases.versionsOf', { id: `${target.kind}/${target.key}` }) : ''} data-testid="versions-drawer">
      {versions.error ? <ErrorAlert error={versions.error} onRetry={versions.reload} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {target && <ReleaseIssues issues={issues} items={[target]} base="items" />}
      <Table<VersionSummary>
        rowKey="version" size="small" pagination={false} loading={versions.loading} dataSource={items}
        columns={[
          { title: t('releases.col.version'), dataIndex: 'version', render: (v: number) => <span data-testid={`version-${v}`}>v{v} {v === latest && <Tag>{t('releases.latest')}</Tag>}</span> },
          { title: t('releases.col.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => fmt.dateTime(v) },
          { title: t('releases.col.checksum'), dataIndex: 'checksum', render: (c: string) => <code>{c.slice(0, 12)}</code> },
          {
            title: '', key: 'rb',
            render: (_: unknown, r) => r.version === latest ? null : (
              <Popconfirm title={t('releases.rollbackConfirm', { version: r.version })} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => void rollback(r.version)}>
                <Button size="small" data-testid={`rollback-${r.version}`}>{t('releases.rollback')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
