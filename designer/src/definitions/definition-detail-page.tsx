import { Breadcrumb, Skeleton, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { definitionsApi } from '../api/definitions-api';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { DefinitionEditorTab } from './definition-editor-tab';
import { i18nText, isKind } from './definition-kinds';
import { DiffPanel } from './diff-panel';
import { StatusTag } from './status-tag';
import { VersionsPanel } from './versions-panel';

export function DefinitionDetailPage() {
  const { t, i18n } = useTranslation();
  const { kind = '', key = '' } = useParams();
  const detail = useAsync(() => definitionsApi.get(kind, key), [kind, key]);
  // Bumped after save/publish/archive so the history and diff tabs refetch.
  const [revision, setRevision] = useState(0);
  const onChanged = useMemo(() => () => { setRevision((r) => r + 1); detail.reload(); }, [detail]);

  if (!isKind(kind)) return <ErrorAlert error={new Error(t('errors.notFound'))} />;
  const d = detail.data;
  return (
    <div>
      <Breadcrumb
        items={[
          { title: <Link to={`/definitions?kind=${kind}`}>{t('definitions.title')}</Link> },
          { title: t(`kinds.${kind}`) },
          { title: key },
        ]}
      />
      <Typography.Title level={2} style={{ marginTop: 8 }} data-testid="definition-title">
        {d ? i18nText(d.title, i18n.language) || key : key} {d && <StatusTag status={d.status} />}
      </Typography.Title>
      {d && (
        <Typography.Paragraph type="secondary" data-testid="latest-version">
          {t(`kindOne.${kind}`)} · <code>{key}</code> ·{' '}
          {d.latestVersion ? t('detail.latestVersion', { version: d.latestVersion }) : t('detail.neverPublished')}
        </Typography.Paragraph>
      )}
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {!d && detail.loading && <Skeleton active />}
      {d && (
        <Tabs
          items={[
            { key: 'editor', label: t('detail.tabs.editor'), children: <DefinitionEditorTab kind={kind} defKey={key} detail={d} onChanged={onChanged} /> },
            { key: 'versions', label: <span data-testid="tab-versions">{t('detail.tabs.versions')}</span>, children: <VersionsPanel kind={kind} defKey={key} revision={revision} /> },
            { key: 'diff', label: <span data-testid="tab-diff">{t('detail.tabs.diff')}</span>, children: <DiffPanel kind={kind} defKey={key} revision={revision} hasDraft={!!d.draft} /> },
          ]}
        />
      )}
    </div>
  );
}
