import { Button, Empty, Select, Space, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionsApi } from '../api/definitions-api';
import type { DiffResult } from '../api/types';
import { EditorFallback } from '../components/editor-fallback';
import { ErrorAlert } from '../components/error-alert';
import { LazyJsonDiffEditor } from '../components/json-editor';
import { useAsync } from '../components/use-async';
import { DiffChangeList } from './diff-change-list';

type Side = number | 'draft';

async function bodyOf(kind: string, key: string, side: Side): Promise<unknown> {
  const body = side === 'draft'
    ? (await definitionsApi.get(kind, key)).draft?.body ?? null
    : (await definitionsApi.version(kind, key, side)).body;
  // Publish stamps `version` into the body; like the server's diff, the side-by-side view ignores it.
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { version: _stamp, ...rest } = body as Record<string, unknown>;
    return rest;
  }
  return body;
}

/** Compare two versions (or the draft): the server's structured change list plus a side-by-side view. */
export function DiffPanel({ kind, defKey, revision, hasDraft }: { kind: string; defKey: string; revision: number; hasDraft: boolean }) {
  const { t } = useTranslation();
  const versions = useAsync(() => definitionsApi.versions(kind, defKey), [kind, defKey, revision]);
  const numbers = (versions.data?.items ?? []).map((v) => v.version).sort((a, b) => a - b);
  const options: Side[] = [...numbers, ...(hasDraft ? (['draft'] as const) : [])];
  const [from, setFrom] = useState<Side | undefined>();
  const [to, setTo] = useState<Side | undefined>();
  const [result, setResult] = useState<{ diff: DiffResult; original: string; modified: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Default: the two latest published versions; with only one, that version → the draft.
  useEffect(() => {
    if (options.length < 2) return;
    const pair = numbers.length >= 2 ? numbers.slice(-2) : options.slice(-2);
    setFrom(pair[0]);
    setTo(pair[1]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options.join(',')]);

  async function compare() {
    if (from === undefined || to === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const [diff, a, b] = await Promise.all([
        definitionsApi.diff(kind, defKey, from, to), bodyOf(kind, defKey, from), bodyOf(kind, defKey, to),
      ]);
      setResult({ diff, original: JSON.stringify(a, null, 2), modified: JSON.stringify(b, null, 2) });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const label = (s: Side) => (s === 'draft' ? t('diff.draft') : `v${s}`);
  if (versions.error) return <ErrorAlert error={versions.error} onRetry={versions.reload} />;
  if (!versions.loading && options.length < 2) return <Empty description={t('diff.needTwo')} />;
  return (
    <div data-testid="diff-panel">
      <Typography.Paragraph type="secondary">{t('diff.help')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        {t('diff.from')}
        <Select<Side> style={{ width: 120 }} value={from} onChange={setFrom} options={options.map((o) => ({ value: o, label: label(o) }))} />
        {t('diff.to')}
        <Select<Side> style={{ width: 120 }} value={to} onChange={setTo} options={options.map((o) => ({ value: o, label: label(o) }))} />
        <Button type="primary" onClick={() => void compare()} loading={busy} data-testid="compare">{t('diff.compare')}</Button>
      </Space>
      {error ? <ErrorAlert error={error} /> : null}
      {result && (
        <>
          <DiffChangeList changes={result.diff.changes} />
          <Suspense fallback={<EditorFallback height={420} />}>
            <LazyJsonDiffEditor original={result.original} modified={result.modified} />
          </Suspense>
        </>
      )}
    </div>
  );
}
