import { App, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { apiErrorText } from '../components/api-error-text';
import { useAsync } from '../components/use-async';
import { useSession } from '../auth/session-context';

interface Policy { makerChecker: boolean }

/** The tenant's maker-checker policy: shown to designers, switched by admins (PUT /api/release-policy). */
export function MakerCheckerSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const policy = useAsync(() => api.get<Policy>('/api/release-policy'), []);
  const admin = session?.user.role === 'admin';
  async function set(on: boolean) {
    try {
      await api.put<Policy>('/api/release-policy', { makerChecker: on });
      policy.reload();
    } catch (e) {
      void message.error(apiErrorText(t, e));
    }
  }
  return (
    <Space style={{ marginBottom: 12 }}>
      <Switch id="maker-checker" checked={!!policy.data?.makerChecker} disabled={!admin || !policy.data} onChange={(v) => void set(v)} data-testid="maker-checker" />
      <label htmlFor="maker-checker">{t('releases.makerChecker')}</label>
      <Typography.Text type="secondary">{t(admin ? 'releases.makerCheckerHelp' : 'releases.makerCheckerAdminOnly')}</Typography.Text>
    </Space>
  );
}
