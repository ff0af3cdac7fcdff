import { ROLES } from '@oms/runtime';
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiKey } from '../api/admin-api';
import type { Role } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { showFieldError } from './field-errors';

interface Values { name: string; role: Role }

/** Create an API key scoped to a role; the caller shows the plaintext key once. */
export function CreateKeyModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (key: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const created = await createApiKey(v);
      form.resetFields();
      onCreated(created.key ?? '');
    } catch (e) {
      if (!showFieldError(form, e, t, ['name', 'role'])) setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('admin.keys.create')} onCancel={onClose} onOk={() => form.submit()}
      okButtonProps={{ loading: busy }} okText={t('admin.keys.createOk')} destroyOnHidden>
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'operator' }}>
        <Form.Item name="name" label={t('admin.keys.name')} rules={[{ required: true, message: t('admin.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('admin.keys.scope')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
