import { Button, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../components/error-alert';
import { ImportProgressView } from './import-progress-view';
import { startImport, type ImportType } from './stock-api';
import { useImportProgress } from './use-import-progress';

/** Upload a CSV of stock, products, locations (admins only) or orders (mapped by the csv-orders plugin) and follow it. */
export function ImportPanel() {
  const { t } = useTranslation();
  const role = useSession().session?.user.role;
  const [type, setType] = useState<ImportType>('stock');
  const [file, setFile] = useState<File | null>(null);
  const [id, setId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { progress, error: pollError } = useImportProgress(id);
  const types: ImportType[] = role === 'admin' ? ['stock', 'products', 'locations', 'orders'] : ['stock', 'products', 'orders'];

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setId(null);
    try {
      const r = await startImport(type, await file.text(), file.name);
      setId(r.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="import-panel">
      <Typography.Paragraph type="secondary">{t(`stock.import.help.${type}`)}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('stock.import.type')}>
          <Select value={type} onChange={setType} style={{ width: 160 }} aria-label={t('stock.import.type')} data-testid="import-type"
            options={types.map((x) => ({ value: x, label: t(`stock.import.types.${x}`) }))} />
        </Form.Item>
        <Form.Item label={t('stock.import.file')} htmlFor="import-file">
          <input id="import-file" type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Form.Item>
        <Space>
          <Button type="primary" disabled={!file} loading={busy} onClick={() => void upload()} data-testid="import-start">{t('stock.import.start')}</Button>
        </Space>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {pollError ? <ErrorAlert error={pollError} /> : null}
      {progress && <ImportProgressView p={progress} />}
    </div>
  );
}
