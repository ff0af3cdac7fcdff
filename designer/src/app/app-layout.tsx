import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session-context';
import { LanguageSwitch } from './language-switch';
import { headerItems } from './nav-registry';

export function AppLayout() {
  const { t } = useTranslation();
  const { session, logout } = useSession();
  const location = useLocation();
  if (!session) return null;
  const entries = headerItems(session.user.role);
  // The longest matching prefix wins, so /definitions/form/x highlights "Definitions", not "Home".
  const selected = [...entries]
    .sort((a, b) => b.match.length - a.match.length)
    .find((e) => (e.match === '/' ? location.pathname === '/' : location.pathname.startsWith(e.match)));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The header grows with the menu: an admin sees a dozen screens, and antd's overflow "…" would keep the
          hidden items focusable inside aria-hidden (an accessibility fault). */}
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#fff', borderBottom: '1px solid #eee', height: 'auto', lineHeight: '48px', flexWrap: 'wrap' }}
      >
        <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>{t('app.name')}</Typography.Text>
        <Menu
          mode="horizontal"
          disabledOverflow
          data-testid="main-nav"
          style={{ flex: 1, minWidth: 0, borderBottom: 'none', flexWrap: 'wrap' }}
          selectedKeys={selected ? [selected.key] : []}
          items={entries.map((e) => ({ key: e.key, label: <Link to={e.path} data-testid={`nav-${e.key}`}>{t(e.labelKey)}</Link> }))}
        />
        <Space>
          <Typography.Text type="secondary" data-testid="signed-in-as">
            {t('header.signedInAs', { name: session.user.name, role: t(`roles.${session.user.role}`) })}
          </Typography.Text>
          <LanguageSwitch />
          <Button size="small" onClick={() => void logout()} data-testid="logout">{t('header.logout')}</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
