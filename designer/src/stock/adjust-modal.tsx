import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { codeKey } from '../i18n/code-key';
import { ADJUSTABLE, adjustStock, type StockLevel } from './stock-api';

interface Values { bucket: string; delta: number; reason: string }

/** Change one bucket of a level by a delta, with a reason (the ledger records it). */
export function AdjustModal({ level, onClose, onDone }: { level: StockLevel | null; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await adjustStock({ location: level!.location, sku: level!.sku, bucket: v.bucket, delta: v.delta, reason: v.reason });
      void message.success(t('stock.adjust.done'));
      form.resetFields();
      onDone();
    } catch (e) {
      void message.error(e instanceof ApiError ? t(`stock.errors.${codeKey(e.code)}`, { defaultValue: e.message }) : String(e));
    }
  };
  return (
    <Modal open={level !== null} title={level ? t('stock.adjust.title', { sku: level.sku, location: level.location }) : ''} onCancel={onClose}
      onOk={() => void submit()} okText={t('stock.adjust.ok')} cancelText={t('stock.adjust.cancel')} destroyOnHidden okButtonProps={{ 'data-testid': 'adjust-ok' }}>
      <Form form={form} layout="vertical" initialValues={{ bucket: 'on_hand' }}>
        <Form.Item name="bucket" label={t('stock.adjust.bucket')}>
          <Select options={ADJUSTABLE.map((b) => ({ value: b, label: t(`stock.bucket.${b}`) }))} />
        </Form.Item>
        <Form.Item name="delta" label={t('stock.adjust.delta')} rules={[{ required: true, message: t('stock.adjust.deltaRequired') }, { validator: (_, v) => (v === 0 ? Promise.reject(new Error(t('stock.adjust.deltaZero'))) : Promise.resolve()) }]}>
          <InputNumber precision={0} style={{ width: '100%' }} data-testid="adjust-delta" />
        </Form.Item>
        <Form.Item name="reason" label={t('stock.adjust.reason')} rules={[{ required: true, whitespace: true, message: t('stock.adjust.reasonRequired') }]}>
          <Input maxLength={500} data-testid="adjust-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
