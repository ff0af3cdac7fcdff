import { Alert, App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { ValidationIssue } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { ChangeList } from './change-list';
import { parseBundle, previewImport, type ImportRow } from './import-preview';
import { ReleaseIssues } from './release-issues';
import { releasesApi, type Bundle } from './releases-api';

const COLOR = { new: '#237804', same: undefined, conflict: '#874d00' } as const;

/** Import a release file: first the diff of each definition against what is published here, then one atomic import. */
export function ImportTab({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [bundle, setBundle] = useState<Bundle | null>(null);
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [bad, setBad] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [busy, setBusy] = useState(false);

  async function onFile(file: File | undefined) {
    setRows(null); setIssues([]); setError(null);
    if (!file) return;
    const b = parseBundle(await file.text());
    setBad(!b);
    setBundle(b);
    if (b) previewImport(b).then(setRows, setError);
  }
  async function run() {
    if (!bundle) return;
    setBusy(true); setError(null); setIssues([]);
    try {
      const r = await releasesApi.importBundle(bundle);
      void message.success(t('releases.imported', { count: r.items.length }));
      setBundle(null); setRows(null);
      onImported();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'release.invalid' && Array.isArray(e.details)) setIssues(e.details as ValidationIssue[]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }
  const conflicts = rows?.filter((r) => r.state === 'conflict').length ?? 0;
  return (
    <div data-testid="import-tab">
      <Typography.Paragraph type="secondary">{t('releases.importHelp')}</Typography.Paragraph>
      <label htmlFor="release-file">{t('releases.file')}</label>{' '}
      <input id="release-file" type="file" accept="application/json,.json" data-testid="release-file" onChange={(e) => void onFile(e.target.files?.[0])} />
      {bad && <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('releases.badFile')} />}
      {error ? <ErrorAlert error={error} /> : null}
      {bundle && <ReleaseIssues issues={issues} items={bundle.definitions} base="definitions" />}
      {rows && (
        <>
          {conflicts > 0 && <Alert type="warning" showIcon style={{ margin: '12px 0' }} title={t('releases.conflicts', { count: conflicts })} data-testid="import-conflicts" />}
          <Table<ImportRow>
            rowKey={(r) => `${r.kind}/${r.key}`} size="small" pagination={false} dataSource={rows} style={{ marginTop: 12 }}
            expandable={{ expandedRowRender: (r) => <ChangeList changes={r.changes} />, rowExpandable: (r) => r.changes.length > 0 }}
            columns={[
              { title: t('releases.col.kind'), dataIndex: 'kind', render: (k: string) => t(`kinds.${k}`) },
              { title: t('releases.col.key'), dataIndex: 'key' },
              { title: t('releases.col.fileVersion'), dataIndex: 'version', render: (v: number) => `v${v}` },
              { title: t('releases.col.here'), dataIndex: 'localVersion', render: (v: number | null) => (v ? `v${v}` : '—') },
              { title: t('releases.col.state'), dataIndex: 'state', render: (s: ImportRow['state']) => <Tag color={COLOR[s]} data-testid={`import-state-${s}`}>{t(`releases.importState.${s}`)}</Tag> },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" loading={busy} onClick={() => void run()} data-testid="import-release">{t('releases.import')}</Button>
          </Space>
        </>
      )}
    </div>
  );
}
