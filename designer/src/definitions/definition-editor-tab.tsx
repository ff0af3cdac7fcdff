import { Alert, Badge, Button, Popconfirm, Space, Tabs, Typography } from 'antd';
import { Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionDetail, DefinitionKind } from '../api/types';
import { EditorFallback } from '../components/editor-fallback';
import { ErrorAlert } from '../components/error-alert';
import { LazyJsonEditor, type JsonEditorHandle } from '../components/json-editor';
import { schemaFor } from './definition-schemas';
import { IssuesList } from './issues-list';
import { useDefinitionEditor } from './use-definition-editor';
import { useLeaveWarning } from './use-leave-warning';
import { useLiveIssues } from './use-live-issues';
import { useUnsavedBlocker } from './use-unsaved-blocker';
import { VISUAL_VIEWS } from './visual-views';

export function DefinitionEditorTab(props: { kind: DefinitionKind; defKey: string; detail: DefinitionDetail; onChanged(): void }) {
  const { kind, defKey, detail, onChanged } = props;
  const { t, i18n } = useTranslation();
  const ed = useDefinitionEditor(kind, defKey, detail, onChanged);
  const liveIssues = useLiveIssues(ed.text, i18n.language);
  const handle = useRef<JsonEditorHandle | null>(null);
  const schema = useMemo(() => schemaFor(kind), [kind]);
  const archived = detail.status === 'archived';
  const visual = VISUAL_VIEWS[kind];
  useLeaveWarning(ed.dirty);
  useUnsavedBlocker(ed.dirty);
  const jsonView = (
    <Suspense fallback={<EditorFallback />}>
      <LazyJsonEditor
        path={`inmemory://oms/${kind}/${defKey}.json`}
        value={ed.text}
        onChange={ed.setText}
        schema={schema}
        issues={ed.issues}
        liveIssues={liveIssues}
        readOnly={archived}
        onReady={(h) => { handle.current = h; }}
        onSave={archived ? undefined : () => void ed.save()}
      />
    </Suspense>
  );

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('detail.help')}</Typography.Paragraph>
      {archived ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('detail.archivedNote')} data-testid="archived-note" /> : null}
      {!detail.draft && detail.latestVersion ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('detail.noDraft')} /> : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <Badge dot={ed.dirty} title={ed.dirty ? t('detail.unsaved') : undefined}>
          <Button onClick={() => void ed.save()} loading={ed.busy === 'save'} disabled={archived} data-testid="save-draft">
            {t('detail.save')}
          </Button>
        </Badge>
        <Button onClick={() => { if (!handle.current?.format()) ed.format(); }} disabled={archived} data-testid="format">{t('detail.format')}</Button>
        <Button onClick={() => void ed.validate()} loading={ed.busy === 'validate'} data-testid="validate">{t('detail.validate')}</Button>
        <Button type="primary" onClick={() => void ed.publish()} loading={ed.busy === 'publish'} disabled={archived} data-testid="publish">
          {t('detail.publish')}
        </Button>
        <Popconfirm
          title={t('detail.archiveConfirm')}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => void ed.archive()}
          disabled={archived}
        >
          <Button danger loading={ed.busy === 'archive'} disabled={archived} data-testid="archive">{t('detail.archive')}</Button>
        </Popconfirm>
        {ed.dirty && <Typography.Text type="warning" data-testid="unsaved">{t('detail.unsaved')}</Typography.Text>}
      </Space>
      {ed.error ? <ErrorAlert error={ed.error} /> : null}
      {ed.conflict ? (
        <Alert
          type="warning" showIcon data-testid="save-conflict" style={{ marginBottom: 16 }}
          title={t('detail.conflict')}
          action={<Button size="small" onClick={onChanged} data-testid="reload-draft">{t('detail.reloadDraft')}</Button>}
        />
      ) : null}
      {visual ? (
        <Tabs
          size="small"
          defaultActiveKey="json"
          items={[
            { key: 'json', label: <span data-testid="view-json">{t('flowDesigner.jsonView')}</span>, children: jsonView },
            { key: 'visual', label: <span data-testid={visual.testId}>{t(visual.labelKey)}</span>, children: <visual.component text={ed.text} setText={ed.setText} readOnly={archived} defKey={defKey} /> },
          ]}
        />
      ) : jsonView}
      <IssuesList issues={ed.issues} onSelect={(p) => handle.current?.revealPointer(p)} />
    </div>
  );
}
