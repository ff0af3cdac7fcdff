import { ROLES } from '@oms/runtime';
import { App, Button, Select, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers, updateUser, type UserView } from '../api/admin-api';
import { ApiError } from '../api/client';
import type { Role } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { errorText } from './field-errors';
import { InviteUserModal } from './invite-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { SecretOnceModal } from './secret-once-modal';
import { useDateTime } from './use-date-time';

/** Users of the tenant: invite, change role, disable, reset password. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const users = useAsync(listUsers, []);
  const fmt = useDateTime();
  const [inviting, setInviting] = useState(false);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  const patch = async (u: UserView, change: { role?: Role; disabled?: boolean }) => {
    try {
      await updateUser(u.id, change);
      users.reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? errorText(e, t) : String(e));
    }
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2}>{t('admin.users.title')}</Typography.Title>
        <Button type="primary" onClick={() => setInviting(true)}>{t('admin.users.invite')}</Button>
      </Space>
      {users.error ? <ErrorAlert error={users.error} onRetry={users.reload} /> : null}
      <Table<UserView> rowKey="id" loading={users.loading} dataSource={users.data ?? []} pagination={{ pageSize: 50 }} columns={[
        { title: t('admin.users.email'), dataIndex: 'email' },
        { title: t('admin.users.name'), dataIndex: 'name' },
        {
          title: t('admin.role'), dataIndex: 'role', render: (role: Role, u) => (
            <Select value={role} style={{ width: 170 }} aria-label={t('admin.users.roleOf', { email: u.email })}
              onChange={(r) => void patch(u, { role: r })} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          ),
        },
        {
          title: t('admin.users.enabled'), dataIndex: 'disabled', render: (disabled: boolean, u) => (
            <Switch checked={!disabled} aria-label={t('admin.users.enabledOf', { email: u.email })} onChange={(on) => void patch(u, { disabled: !on })} />
          ),
        },
        { title: t('admin.users.created'), dataIndex: 'createdAt', render: (v: string) => fmt(v) },
        { title: t('admin.actions'), key: 'actions', render: (_: unknown, u) => <Button size="small" onClick={() => setResetting(u)}>{t('admin.users.reset')}</Button> },
      ]} />
      <InviteUserModal open={inviting} onClose={() => setInviting(false)} onCreated={(pw) => { setInviting(false); setSecret(pw); users.reload(); }} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} onDone={(pw) => { setResetting(null); setSecret(pw); }} />
      <SecretOnceModal title={t('admin.users.passwordTitle')} secret={secret} onClose={() => setSecret(null)} testId="new-password" />
    </div>
  );
}
