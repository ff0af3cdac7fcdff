import { Button, Empty, Modal, Spin, Table, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionsApi } from '../api/definitions-api';
import type { VersionDetail, VersionSummary } from '../api/types';
import { EditorFallback } from '../components/editor-fallback';
import { ErrorAlert } from '../components/error-alert';
import { LazyJsonEditor } from '../components/json-editor';
import { useAsync } from '../components/use-async';
import { useSession } from '../auth/session-context';

export function VersionsPanel({ kind, defKey, revision }: { kind: string; defKey: string; revision: number }) {
  const { t, i18n } = useTranslation();
  const versions = useAsync(() => definitionsApi.versions(kind, defKey), [kind, defKey, revision]);
  const [viewing, setViewing] = useState<number | null>(null);
  const me = useSession().session?.user;
  // Only ids come back; name the current user, shorten the others.
  const who = (id: string | null) => (!id ? '—' : id === me?.id ? me.name : id.slice(0, 8));

  return (
    <div data-testid="versions-panel">
      <Typography.Paragraph type="secondary">{t('versions.help')}</Typography.Paragraph>
      {versions.error ? <ErrorAlert error={versions.error} onRetry={versions.reload} /> : null}
      <Table<VersionSummary>
        rowKey="version"
        size="small"
        loading={versions.loading}
        dataSource={versions.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('versions.empty')} /> }}
        onRow={(v) => ({ 'data-testid': `version-row-${v.version}` }) as object}
        columns={[
          { title: t('versions.col.version'), dataIndex: 'version', key: 'version', render: (v: number) => <strong>v{v}</strong> },
          { title: t('versions.col.publishedAt'), dataIndex: 'publishedAt', key: 'at', render: (v: string) => new Date(v).toLocaleString(i18n.language) },
          { title: t('versions.col.publishedBy'), dataIndex: 'publishedBy', key: 'by', render: (v: string | null) => <span title={v ?? ''}>{who(v)}</span> },
          { title: t('versions.col.checksum'), dataIndex: 'checksum', key: 'sum', render: (v: string) => <Typography.Text code>{v.slice(0, 12)}</Typography.Text> },
          { key: 'view', render: (_: unknown, v: VersionSummary) => <Button size="small" onClick={() => setViewing(v.version)}>{t('versions.view')}</Button> },
        ]}
      />
      <Modal
        open={viewing !== null}
        title={viewing !== null ? t('versions.viewTitle', { version: viewing }) : ''}
        onCancel={() => setViewing(null)}
        footer={<Button onClick={() => setViewing(null)}>{t('common.close')}</Button>}
        width={900}
        destroyOnHidden
      >
        {viewing !== null && <VersionView kind={kind} defKey={defKey} version={viewing} />}
      </Modal>
    </div>
  );
}

function VersionView({ kind, defKey, version }: { kind: string; defKey: string; version: number }) {
  const v = useAsync<VersionDetail>(() => definitionsApi.version(kind, defKey, version), [kind, defKey, version]);
  if (v.error) return <ErrorAlert error={v.error} onRetry={v.reload} />;
  if (!v.data) return <Spin />;
  return (
    <Suspense fallback={<EditorFallback height={420} />}>
      <LazyJsonEditor path={`inmemory://oms/${kind}/${defKey}.v${version}.json`} value={JSON.stringify(v.data.body, null, 2)} readOnly height={420} />
    </Suspense>
  );
}
