import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateUser, type UserView } from '../api/admin-api';
import { ErrorAlert } from '../components/error-alert';
import { showFieldError } from './field-errors';
import { generatePassword } from './generate-password';

/** Set a new password for a user (their sessions end on the server). */
export function ResetPasswordModal({ user, onClose, onDone }: { user: UserView | null; onClose: () => void; onDone: (password: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ password }: { password: string }) => {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await updateUser(user.id, { password });
      form.resetFields();
      onDone(password);
    } catch (e) {
      if (!showFieldError(form, e, t, ['password'])) setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={user !== null} title={t('admin.users.resetTitle', { email: user?.email ?? '' })} onCancel={onClose}
      onOk={() => form.submit()} okButtonProps={{ loading: busy }} okText={t('admin.users.reset')} destroyOnHidden>
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
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
