import { Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiffChange } from '../api/types';

const OP_COLORS: Record<DiffChange['op'], string> = { add: 'green', remove: 'red', replace: 'blue' };

function short(v: unknown): string {
  if (v === undefined) return '';
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

export function DiffChangeList({ changes }: { changes: DiffChange[] }) {
  const { t } = useTranslation();
  if (!changes.length) return <Empty description={t('diff.noChanges')} style={{ marginBottom: 16 }} />;
  return (
    <Table<DiffChange>
      data-testid="diff-changes"
      size="small"
      style={{ marginBottom: 16 }}
      rowKey={(c) => `${c.op}:${c.path}`}
      dataSource={changes}
      pagination={{ pageSize: 15, hideOnSinglePage: true }}
      columns={[
        { key: 'op', title: t('diff.change'), dataIndex: 'op', width: 110, render: (op: DiffChange['op']) => <Tag color={OP_COLORS[op]}>{t(`diff.op.${op}`)}</Tag> },
        { key: 'path', title: t('diff.path'), dataIndex: 'path', render: (p: string) => <Typography.Text code>{p || '/'}</Typography.Text> },
        { key: 'before', title: t('diff.before'), dataIndex: 'before', render: (v: unknown) => <Typography.Text type="secondary">{short(v)}</Typography.Text> },
        { key: 'after', title: t('diff.after'), dataIndex: 'after', render: (v: unknown) => short(v) },
      ]}
    />
  );
}
