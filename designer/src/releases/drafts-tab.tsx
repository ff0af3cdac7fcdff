import { App, Button, Empty, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import type { DefinitionSummary, ValidationIssue } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { useTenantFormat } from '../components/use-tenant-format';
import { i18nText } from '../definitions/definition-kinds';
import { DraftDiff } from './draft-diff';
import { ReleaseIssues } from './release-issues';
import { releasesApi } from './releases-api';

const idOf = (d: { kind: string; key: string }) => `${d.kind}/${d.key}`;

/** Every open draft, its semantic diff against the published version, and "publish the selected ones as one release". */
export function DraftsTab({ onPublished }: { onPublished(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const fmt = useTenantFormat();
  const drafts = useAsync(() => releasesApi.drafts(), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<{ list: ValidationIssue[]; items: Array<{ kind: string; key: string }> } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function publish() {
    const items = (drafts.data ?? []).filter((d) => selected.includes(idOf(d))).map((d) => ({ kind: d.kind, key: d.key }));
    setBusy(true); setError(null); setIssues(null);
    try {
      const r = await releasesApi.publish(items, note.trim() || undefined);
      void message.success(t('releases.published', { count: r.items.length }));
      if (r.warnings?.length) setIssues({ list: r.warnings, items });
      setSelected([]); setNote('');
      drafts.reload();
      onPublished();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'release.invalid' && Array.isArray(e.details)) setIssues({ list: e.details as ValidationIssue[], items });
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="drafts-tab">
      <Typography.Paragraph type="secondary">{t('releases.draftsHelp')}</Typography.Paragraph>
      {drafts.error ? <ErrorAlert error={drafts.error} onRetry={drafts.reload} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {issues && <ReleaseIssues issues={issues.list} items={issues.items} base="items" />}
      <Table<DefinitionSummary>
        rowKey={idOf} size="small" loading={drafts.loading} dataSource={drafts.data ?? []} pagination={false}
        rowSelection={{ selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]), getCheckboxProps: (d) => ({ 'aria-label': idOf(d), 'data-testid': `select-${d.kind}-${d.key}` }) as never }}
        expandable={{ expandedRowRender: (d) => <DraftDiff d={d} /> }}
        locale={{ emptyText: <Empty description={t('releases.noDrafts')} /> }}
        columns={[
          { title: t('releases.col.kind'), dataIndex: 'kind', render: (k: string) => t(`kinds.${k}`) },
          { title: t('releases.col.key'), dataIndex: 'key', render: (k: string, d) => <Link to={`/definitions/${d.kind}/${k}`}>{k}</Link> },
          { title: t('releases.col.title'), dataIndex: 'title', render: (v: unknown) => i18nText(v, i18n.language) },
          { title: t('releases.col.published'), dataIndex: 'latestVersion', render: (v: number | null) => (v ? `v${v}` : t('releases.never')) },
          { title: t('releases.col.updated'), dataIndex: 'updatedAt', render: (v: string) => fmt.dateTime(v) },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <Input aria-label={t('releases.note')} placeholder={t('releases.note')} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 320 }} maxLength={2000} />
        <Button type="primary" disabled={!selected.length} loading={busy} onClick={() => void publish()} data-testid="publish-release">
          {t('releases.publishSelected', { count: selected.length })}
        </Button>
      </Space>
    </div>
  );
}
