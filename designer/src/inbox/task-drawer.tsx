import { App, Button, Card, Descriptions, Empty, Input, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { Drawer } from '../components/drawer';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { apiErrorText } from '../components/api-error-text';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { useTenantFormat } from '../components/use-tenant-format';
import { currentLanguage } from '../i18n';
import { OrderStatusTag } from '../portal/order-status-tag';
import { inboxApi } from './inbox-api';
import { SlaCountdown, useNow } from './sla-countdown';
import { TaskActions } from './task-actions';
import { taskTitle } from './task-title';

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** One task: the order, its form data, the fields the approver may edit, history, and the decisions. */
export function TaskDrawer({ taskId, onClose, onChanged }: { taskId: string | null; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSession().session!.user.id;
  const fmt = useTenantFormat();
  const now = useNow();
  const locale = currentLanguage();
  const [fields, setFields] = useState<Record<string, string>>({});
  const detail = useAsync(() => (taskId ? inboxApi.detail(taskId) : Promise.resolve(null)), [taskId]);
  const d = detail.data;

  const claim = async (on: boolean) => {
    try {
      await inboxApi.claim(taskId!, on);
      detail.reload();
      onChanged();
    } catch (e) {
      message.error(apiErrorText(t, e));
    }
  };

  return (
    <Drawer open={taskId !== null} onClose={onClose} size={720} destroyOnHidden data-testid="task-drawer"
      title={d ? t('task.title', { title: taskTitle(d.task.title, d.task.node, locale) }) : ' '}
      extra={d && d.task.status === 'open' && (d.task.claimedBy === me
        ? <Button onClick={() => void claim(false)}>{t('task.unclaim')}</Button>
        : d.task.assignee.role && !d.task.claimedBy ? <Button onClick={() => void claim(true)}>{t('task.claim')}</Button> : null)}>
      {detail.loading && <Spin />}
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {d.order && (
            <Descriptions size="small" column={2} bordered items={[
              { key: 'n', label: t('task.order'), children: <Space>{d.order.number}<OrderStatusTag status={d.order.status} /></Space> },
              { key: 'due', label: t('task.due'), children: <SlaCountdown dueAt={d.task.dueAt} now={now} closed={d.task.status !== 'open'} /> },
              { key: 'c', label: t('task.customer'), children: d.order.customer.name ?? d.order.customer.email ?? '—' },
              { key: 't', label: t('task.total'), children: fmt.money(d.order.total, d.order.currency) },
              { key: 'p', label: t('task.placed'), children: fmt.dateTime(d.order.placedAt) },
              { key: 'ch', label: t('task.channel'), children: d.order.channel },
            ]} />
          )}
          {d.order && (
            <Table size="small" rowKey={(_, i) => String(i)} pagination={false} dataSource={d.order.lines} columns={[
              { key: 'sku', title: t('order.col.sku'), dataIndex: 'sku' },
              { key: 'qty', title: t('order.col.qty'), dataIndex: 'qty', align: 'right' },
              { key: 'price', title: t('order.col.price'), align: 'right', render: (_, l) => fmt.money(l.unitPrice ?? null, d.order?.currency) },
            ]} />
          )}
          <Card size="small" title={t('task.formData')}>
            {d.formData ? (
              <Descriptions size="small" column={1} items={Object.entries(d.formData).map(([k, v]) => ({ key: k, label: k, children: show(v) }))} />
            ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          </Card>
          {d.task.status === 'open' && d.editableFields.length > 0 && (
            <Card size="small" title={t('task.editable')}>
              {d.editableFields.map((f) => (
                <Space key={f} style={{ display: 'flex', marginBottom: 8 }}>
                  <label htmlFor={`edit-${f}`} style={{ minWidth: 180 }}>{f}</label>
                  <Input id={`edit-${f}`} value={fields[f] ?? ''} placeholder={show(d.formData?.[f.split('.').pop()!])}
                    onChange={(e) => setFields({ ...fields, [f]: e.target.value })} style={{ width: 320 }} />
                </Space>
              ))}
            </Card>
          )}
          <Card size="small" title={t('task.history')}>
            {d.history.length === 0 ? <Typography.Text type="secondary">{t('task.noHistory')}</Typography.Text> : (
              <Timeline items={d.history.map((h, i) => ({
                key: i,
                content: (
                  <span>
                    <Typography.Text type="secondary">{fmt.dateTime(h.at)}</Typography.Text> <Tag>{h.type}</Tag>
                    {h.actor ?? ''}{h.message ? `: ${h.message}` : ''}
                  </span>
                ),
              }))} />
            )}
          </Card>
          {d.task.status === 'open'
            ? <TaskActions taskId={d.task.id} fields={fields} onDone={() => { onChanged(); onClose(); }} />
            : <Tag>{t('task.done', { decision: d.task.decision?.action ?? d.task.status })}</Tag>}
        </Space>
      )}
    </Drawer>
  );
}
