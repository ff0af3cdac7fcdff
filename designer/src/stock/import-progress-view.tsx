import { Alert, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenantFormat } from '../components/use-tenant-format';
import { codeKey } from '../i18n/code-key';
import { errorsCsvUrl, type ImportProgress } from './stock-api';

/** Rows done / total, rate and time left while it runs; the bad rows with their line numbers after. */
export function ImportProgressView({ p }: { p: ImportProgress }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  const percent = p.totalRows ? Math.floor((p.doneRows / p.totalRows) * 100) : 0;
  const finished = p.status === 'done' || p.status === 'failed';
  return (
    <div data-testid="import-progress" data-status={p.status}>
      <Progress percent={p.status === 'done' ? 100 : percent} status={p.status === 'failed' ? 'exception' : finished ? 'success' : 'active'}
        aria-label={t('stock.import.progressLabel')} data-testid="import-bar" />
      <Space wrap size="large">
        <Typography.Text data-testid="import-rows">{t('stock.import.rows', { done: fmt.number(p.doneRows), total: p.totalRows === null ? '?' : fmt.number(p.totalRows) })}</Typography.Text>
        <Typography.Text>{t('stock.import.rate', { rate: p.rate === null ? '—' : fmt.number(p.rate) })}</Typography.Text>
        <Typography.Text>{t('stock.import.eta', { seconds: p.etaSeconds === null ? '—' : fmt.number(p.etaSeconds) })}</Typography.Text>
        <Tag color="#237804" data-testid="import-ok">{t('stock.import.ok', { count: p.okRows })}</Tag>
        <Tag color={p.badRows ? '#a8071a' : '#595959'} data-testid="import-bad">{t('stock.import.bad', { count: p.badRows })}</Tag>
        <Tag>{t(`stock.import.status.${p.status}`)}</Tag>
      </Space>
      {p.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={p.error} />}
      {finished && p.badRows > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Title level={5}>{t('stock.import.badRowsTitle')}</Typography.Title>
          <Table size="small" rowKey={(r) => `${r.line}-${r.code}-${r.field ?? ''}`} pagination={false} dataSource={p.errors} data-testid="import-errors"
            columns={[
              { title: t('stock.import.line'), dataIndex: 'line' },
              { title: t('stock.import.field'), dataIndex: 'field', render: (f: string | null) => f ?? '—' },
              { title: t('stock.import.problem'), key: 'msg', render: (_: unknown, r) => t(`stock.errors.${codeKey(r.code)}`, { defaultValue: r.message }) },
            ]} />
          <a href={errorsCsvUrl(p.id)} download data-testid="import-errors-download">{t('stock.import.download')}</a>
        </div>
      )}
    </div>
  );
}
