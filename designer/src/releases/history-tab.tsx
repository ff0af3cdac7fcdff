import { App, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { useTenantFormat } from '../components/use-tenant-format';
import { downloadJson } from './download';
import { releasesApi, type Release } from './releases-api';
import { VersionsDrawer } from './versions-drawer';

/** Releases newest first; each item opens its definition's version history (rollback there); export a release file. */
export function HistoryTab({ revision, onChanged }: { revision: number; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useTenantFormat();
  const list = useAsync(() => releasesApi.list(), [revision]);
  const [target, setTarget] = useState<{ kind: string; key: string } | null>(null);
  async function exportRelease(r: Release) {
    try {
      downloadJson(`release-${r.id}.json`, await releasesApi.exportBundle(r.id));
    } catch (e) {
      void message.error(String((e as Error).message));
    }
  }
  return (
    <div data-testid="history-tab">
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<Release>
        rowKey="id" size="small" loading={list.loading} dataSource={list.data?.items ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('releases.col.createdAt'), dataIndex: 'createdAt', render: (v: string) => fmt.dateTime(v) },
          { title: t('releases.col.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`releases.status.${s}`)}</Tag> },
          { title: t('releases.col.note'), dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          {
            title: t('releases.col.items'), dataIndex: 'items',
            render: (items: Release['items']) => items.map((i) => (
              <Button key={`${i.kind}/${i.key}`} size="small" type="link" onClick={() => setTarget({ kind: i.kind, key: i.key })} data-testid={`history-item-${i.kind}-${i.key}-v${i.version}`}>
                {i.kind}/{i.key} v{i.version}
              </Button>
            )),
          },
          { title: '', key: 'export', render: (_: unknown, r) => <Button size="small" onClick={() => void exportRelease(r)} data-testid="export-release">{t('releases.export')}</Button> },
        ]}
      />
      <VersionsDrawer target={target} onClose={() => setTarget(null)} onRolledBack={onChanged} />
    </div>
  );
}
