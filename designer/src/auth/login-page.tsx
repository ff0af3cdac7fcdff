import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { LanguageSwitch } from '../app/language-switch';
import { initialTenant } from './last-tenant';
import { useSession } from './session-context';

interface LoginForm {
  email: string;
  password: string;
  tenant?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { session, login } = useSession();
  const location = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [startTenant] = useState(() => initialTenant(location.search));
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (session) return <Navigate to={from} replace />;

  async function submit(values: LoginForm) {
    setBusy(true);
    setError(null);
    try {
      await login(values.email.trim(), values.password, values.tenant?.trim().toLowerCase() || undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, code: 'unknown', message: String(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f7fa' }}>
      <Card style={{ width: 400 }} extra={<LanguageSwitch />} title={t('login.title')}>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('login.failed')} description={error.message} />}
        <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ tenant: startTenant }}>
          <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('login.emailRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="tenant" label={t('login.tenant')} extra={t('login.tenantHelp')}>
            <Input placeholder="demo" autoComplete="organization" data-testid="login-tenant" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{t('login.submit')}</Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>{t('login.demoHint')}</Typography.Paragraph>
      </Card>
    </div>
  );
}
