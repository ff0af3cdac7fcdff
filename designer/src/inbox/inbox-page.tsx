import { App, Button, Checkbox, Input, Select, Space, Table, Typography, type InputRef } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyText } from '../components/empty-text';
import { useSession } from '../auth/session-context';
import { apiErrorText } from '../components/api-error-text';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { useTenantFormat } from '../components/use-tenant-format';
import { currentLanguage } from '../i18n';
import { inboxApi, type InboxTask } from './inbox-api';
import { KeyboardHelp } from './keyboard-help';
import { SlaCountdown, useNow } from './sla-countdown';
import { TaskDrawer } from './task-drawer';
import { taskTitle } from './task-title';
import { useInboxKeys, type InboxKey } from './use-inbox-keys';

type Sort = 'due' | 'newest' | 'total';
const SORTS: Record<Sort, (a: InboxTask, b: InboxTask) => number> = {
  // No SLA last, like the server.
  due: (a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.createdAt.localeCompare(b.createdAt),
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  total: (a, b) => (b.order.total ?? 0) - (a.order.total ?? 0),
};

/** My tasks and my roles' tasks: filters, SLA countdowns, claim, bulk approve, keyboard-driven. */
export function InboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSession().session!.user.id;
  const fmt = useTenantFormat();
  const now = useNow();
  const locale = currentLanguage();
  const [status, setStatus] = useState<'open' | 'done' | 'cancelled'>('open');
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<Sort>('due');
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const search = useRef<InputRef>(null);
  const list = useAsync(() => inboxApi.list(status, overdue), [status, overdue]);

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (list.data?.items ?? [])
      .filter((r) => !mine || r.claimedBy === me)
      .filter((r) => !needle || r.order.number.toLowerCase().includes(needle) || (r.order.customerName ?? '').toLowerCase().includes(needle))
      .sort(SORTS[sort]);
  }, [list.data, q, mine, me, sort]);
  const current = rows[Math.min(cursor, rows.length - 1)];

  const act = useCallback(async (task: InboxTask | undefined, what: 'approve' | 'claim') => {
    if (!task || task.status !== 'open') return;
    try {
      if (what === 'approve') await inboxApi.decide(task.id, 'approve', {});
      else await inboxApi.claim(task.id, task.claimedBy !== me);
      message.success(t('task.decided'));
      list.reload();
    } catch (e) {
      message.error(apiErrorText(t, e));
    }
  }, [me, message, t, list]);

  const bulkApprove = async () => {
    const results = await Promise.allSettled(selected.map((id) => inboxApi.decide(id, 'approve', {})));
    const failed = results.filter((r) => r.status === 'rejected').length;
    message.info(t('inbox.bulkDone', { ok: results.length - failed, failed }));
    setSelected([]);
    list.reload();
  };

  const onKey = useCallback((k: InboxKey) => {
    if (k === 'help') return setHelp((h) => !h);
    if (k === 'close') return setHelp(false);
    if (k === 'search') return search.current?.focus();
    if (k === 'next') return setCursor((c) => Math.min(c + 1, Math.max(rows.length - 1, 0)));
    if (k === 'prev') return setCursor((c) => Math.max(c - 1, 0));
    if (!current) return;
    if (k === 'open' || k === 'reject') return setOpen(current.id);
    if (k === 'approve') return void act(current, 'approve');
    if (k === 'claim') return void act(current, 'claim');
    if (k === 'select') setSelected((s) => (s.includes(current.id) ? s.filter((x) => x !== current.id) : [...s, current.id]));
  }, [rows.length, current, act]);
  useInboxKeys(open === null, onKey);

  return (
    <div data-testid="inbox">
      <Typography.Title level={2}>{t('inbox.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('inbox.intro')} {list.data && <span data-testid="inbox-counts">{t('inbox.counts', list.data.counts)}</span>}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search ref={search} allowClear aria-label={t('inbox.filter.search')} placeholder={t('inbox.filter.search')}
          value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 260 }} data-testid="inbox-search" />
        <Select aria-label={t('inbox.filter.status')} value={status} onChange={setStatus} style={{ width: 140 }}
          options={(['open', 'done', 'cancelled'] as const).map((s) => ({ value: s, label: t(`inbox.filter.${s}`) }))} />
        <Select aria-label={t('inbox.sort.label')} value={sort} onChange={setSort} style={{ width: 220 }}
          options={(['due', 'newest', 'total'] as const).map((s) => ({ value: s, label: t(`inbox.sort.${s}`) }))} />
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>{t('inbox.filter.overdue')}</Checkbox>
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>{t('inbox.filter.mine')}</Checkbox>
        <Button onClick={list.reload}>{t('inbox.refresh')}</Button>
        <Button type="primary" disabled={!selected.length} onClick={() => void bulkApprove()} data-testid="bulk-approve">
          {t('inbox.bulkApprove', { count: selected.length })}
        </Button>
        <KeyboardHelp open={help} onOpenChange={setHelp} />
      </Space>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<InboxTask>
        data-testid="inbox-table"
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyText text={t('inbox.empty')} /> }}
        rowSelection={status === 'open' ? {
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (r) => ({ 'aria-label': t('inbox.selectRow', { number: r.order.number }) }),
        } : undefined}
        onRow={(r, i) => ({
          onClick: () => { setCursor(i ?? 0); setOpen(r.id); },
          style: { cursor: 'pointer', background: current?.id === r.id ? '#e6f4ff' : undefined },
          'aria-selected': current?.id === r.id,
          'data-testid': `task-row-${r.order.number}`,
        } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'order', title: t('inbox.col.order'), render: (_, r) => <Typography.Text strong>{r.order.number}</Typography.Text> },
          { key: 'task', title: t('inbox.col.task'), render: (_, r) => taskTitle(r.title, r.node, locale) },
          { key: 'customer', title: t('inbox.col.customer'), render: (_, r) => r.order.customerName ?? '—' },
          { key: 'total', title: t('inbox.col.total'), align: 'right', render: (_, r) => fmt.money(r.order.total, r.order.currency) },
          { key: 'due', title: t('inbox.col.due'), render: (_, r) => <SlaCountdown dueAt={r.dueAt} now={now} closed={r.status !== 'open'} /> },
          {
            key: 'assignee', title: t('inbox.col.assignee'), render: (_, r) =>
              r.claimedBy ? (r.claimedBy === me ? t('inbox.claimedByMe') : t('inbox.claimedByOther'))
                : r.assignee.user === me ? t('inbox.you') : t('inbox.role', { role: t(`roles.${r.assignee.role}`, { defaultValue: r.assignee.role ?? '' }) }),
          },
        ]}
      />
      <TaskDrawer taskId={open} onClose={() => setOpen(null)} onChanged={list.reload} />
    </div>
  );
}
