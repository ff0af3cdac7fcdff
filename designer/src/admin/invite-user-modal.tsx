import { ROLES } from '@oms/runtime';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../api/admin-api';
import type { Role } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { showFieldError } from './field-errors';
import { generatePassword } from './generate-password';

interface Values { email: string; name: string; role: Role; password: string }
const FIELDS = ['email', 'name', 'role', 'password'] as const;

/** Create a user; on success the caller shows the password once. */
export function InviteUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (password: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await createUser(v);
      form.resetFields();
      onCreated(v.password);
    } catch (e) {
      if (!showFieldError(form, e, t, FIELDS)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('admin.users.invite')} onCancel={onClose} okText={t('admin.users.create')}
      onOk={() => form.submit()} okButtonProps={{ loading: busy }} destroyOnHidden>
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'operator' }}>
        <Form.Item name="email" label={t('admin.users.email')} rules={[{ required: true, type: 'email', message: t('admin.users.emailInvalid') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('admin.users.name')} rules={[{ required: true, message: t('admin.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('admin.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`, { defaultValue: r }) }))} />
        </Form.Item>
        <Form.Item label={t('admin.users.password')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="password" noStyle rules={[{ required: true, message: t('admin.required') }]}>
              <Input aria-label={t('admin.users.password')} autoComplete="new-password" />
            </Form.Item>
            <Button onClick={() => form.setFieldValue('password', generatePassword())}>{t('admin.users.generate')}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
