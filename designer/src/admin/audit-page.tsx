import { Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers } from '../api/admin-api';
import { listAudit, type AuditEntry, type AuditFilters } from '../api/audit-api';
import { getSettings } from '../api/settings-api';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { useKeysetList } from '../components/use-keyset-list';
import { zonedMidnightIso } from '../components/zoned-date';
import { useDateTime } from './use-date-time';

const DAY = 86_400_000;
interface FormValues { action?: string; actor?: string; subject?: string; from?: string; to?: string }

/** The append-only audit log: who did what, when, from where; filters by action, user, subject and days. */
export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const users = useAsync(listUsers, []);
  const settings = useAsync(getSettings, []);
  const [filters, setFilters] = useState<AuditFilters>({});
  const list = useKeysetList((before) => listAudit(filters, before), JSON.stringify(filters));
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.email])), [users.data]);
  const apply = (v: FormValues) => {
    const zone = settings.data?.timeZone ?? 'UTC';
    setFilters({
      action: v.action?.trim() || undefined,
      actor: v.actor || undefined,
      subject: v.subject?.trim() || undefined,
      // calendar days in the tenant's zone; "to" is inclusive here, exclusive in the API
      from: v.from ? zonedMidnightIso(v.from, zone) : undefined,
      to: v.to ? new Date(new Date(zonedMidnightIso(v.to, zone)).getTime() + DAY).toISOString() : undefined,
    });
  };
  return (
    <div>
      <Typography.Title level={2}>{t('admin.audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.audit.help')}</Typography.Paragraph>
      <Form layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }} data-testid="audit-filters">
        <Form.Item name="action" label={t('admin.audit.action')}><Input placeholder="auth.login" style={{ width: 160 }} /></Form.Item>
        <Form.Item name="actor" label={t('admin.audit.actor')}>
          <Select allowClear showSearch style={{ width: 200 }} options={(users.data ?? []).map((u) => ({ value: u.id, label: u.email }))} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="subject" label={t('admin.audit.subject')}><Input placeholder="user:" style={{ width: 160 }} /></Form.Item>
        <Form.Item name="from" label={t('admin.audit.from')}><Input type="date" /></Form.Item>
        <Form.Item name="to" label={t('admin.audit.to')}><Input type="date" /></Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-apply">{t('admin.audit.apply')}</Button>
        </Space>
      </Form>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<AuditEntry> rowKey="id" loading={list.loading} dataSource={list.items} pagination={false} data-testid="audit-table"
        expandable={{ expandedRowRender: (e) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(e.details, null, 2)}</pre> }}
        columns={[
          { title: t('admin.audit.at'), dataIndex: 'at', render: (v: string) => fmt(v) },
          { title: t('admin.audit.action'), dataIndex: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('admin.audit.actor'), dataIndex: 'actorId', render: (v: string | null, e) => (v ? names.get(v) ?? v : t('admin.audit.system')) + (e.apiKeyId ? ` (${t('admin.audit.viaKey')})` : '') },
          { title: t('admin.audit.subject'), dataIndex: 'subject' },
          { title: t('admin.audit.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
        ]} />
      {list.hasMore ? <Button onClick={list.more} loading={list.loading} style={{ marginTop: 12 }}>{t('admin.more')}</Button> : null}
    </div>
  );
}
