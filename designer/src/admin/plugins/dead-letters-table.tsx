import { App, Badge, Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { pluginsApi, type DeadLetter } from '../../api/plugins-api';
import { ErrorAlert } from '../../components/error-alert';
import { useAsync } from '../../components/use-async';
import { errorText } from '../field-errors';
import { useDateTime } from '../use-date-time';

const STATUS = { open: 'error', replayed: 'success', 'failed-again': 'warning' } as const;

/** Work the host gave up on (a push, a webhook, a refused item), newest first, each with a replay. */
export function DeadLettersTable({ installationId }: { installationId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useDateTime();
  const list = useAsync(() => pluginsApi.deadLetters({ installation: installationId }), [installationId]);
  const replay = async (dl: DeadLetter) => {
    try {
      const r = await pluginsApi.replay(dl.id);
      void (r.status === 'replayed' ? message.success(t('admin.plugins.replayed')) : message.warning(t('admin.plugins.replayFailed')));
      list.reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? errorText(e, t) : String(e));
    }
  };
  return (
    <div data-testid="dead-letters">
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<DeadLetter> rowKey="id" size="small" loading={list.loading} dataSource={list.data ?? []} pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('admin.plugins.noDeadLetters') }}
        columns={[
          { title: t('admin.plugins.when'), dataIndex: 'createdAt', render: (v: string) => fmt(v) },
          { title: t('admin.plugins.what'), key: 'what', render: (_: unknown, d) => <Typography.Text code>{d.capability ?? d.kind}</Typography.Text> },
          { title: t('admin.plugins.error'), key: 'error', render: (_: unknown, d) => `${d.error.class} · ${d.error.code}: ${d.error.message}` },
          { title: t('admin.plugins.attempts'), dataIndex: 'attempts' },
          { title: t('admin.plugins.status'), dataIndex: 'status', render: (s: DeadLetter['status']) => <Badge status={STATUS[s]} text={t(`admin.plugins.dlStatus.${s}`)} /> },
          {
            title: t('admin.actions'), key: 'actions', render: (_: unknown, d) =>
              d.status !== 'replayed' ? <Button size="small" onClick={() => void replay(d)}>{t('admin.plugins.replay')}</Button> : null,
          },
        ]} />
    </div>
  );
}
