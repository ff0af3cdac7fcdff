import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session-context';
import { navFor } from '../app/nav-registry';

/** The admin's screens share one header item; this side menu lists them (users, keys, plugins, locations…). */
export function AdminLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { pathname } = useLocation();
  if (!session) return null;
  const entries = navFor(session.user.role).filter((e) => e.group === 'admin');
  const selected = entries.find((e) => pathname.startsWith(e.path));
  return (
    <Layout style={{ background: 'transparent' }}>
      <Layout.Sider width={200} theme="light" style={{ background: 'transparent', marginRight: 24 }} breakpoint="md" collapsedWidth={0}>
        <nav aria-label={t('nav.admin')}>
          <Menu
            mode="inline"
            data-testid="admin-nav"
            selectedKeys={selected ? [selected.key] : []}
            items={entries.map((e) => ({ key: e.key, label: <Link to={e.path} data-testid={`nav-${e.key}`}>{t(e.labelKey)}</Link> }))}
          />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ minWidth: 0 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
