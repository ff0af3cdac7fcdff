import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../auth/login-page';
import { RequireRole } from '../auth/require-role';
import { AppLayout } from './app-layout';
import { HomePage } from './home-page';
import { navEntry } from './nav-registry';
import { NotFoundPage } from './not-found-page';

// Module pages load on demand, so the login and home screens stay small.
const DefinitionsListPage = lazy(() => import('../definitions/definitions-list-page').then((m) => ({ default: m.DefinitionsListPage })));
const DefinitionDetailPage = lazy(() => import('../definitions/definition-detail-page').then((m) => ({ default: m.DefinitionDetailPage })));

const PortalHome = lazy(() => import('../portal/portal-home').then((m) => ({ default: m.PortalHome })));
const OrderFormPage = lazy(() => import('../portal/order-form-page').then((m) => ({ default: m.OrderFormPage })));
const MyOrdersPage = lazy(() => import('../portal/my-orders-page').then((m) => ({ default: m.MyOrdersPage })));
const OrderStatusPage = lazy(() => import('../portal/order-status-page').then((m) => ({ default: m.OrderStatusPage })));
const InboxPage = lazy(() => import('../inbox/inbox-page').then((m) => ({ default: m.InboxPage })));
const ConsolePage = lazy(() => import('../console/console-page').then((m) => ({ default: m.ConsolePage })));
const ExceptionsPage = lazy(() => import('../console/console-page').then((m) => ({ default: m.ExceptionsPage })));
const StockPage = lazy(() => import('../stock/stock-page').then((m) => ({ default: m.StockPage })));
const DashboardPage = lazy(() => import('../dashboards/dashboard-page').then((m) => ({ default: m.DashboardPage })));

const ReleasesPage = lazy(() => import('../releases/releases-page').then((m) => ({ default: m.ReleasesPage })));
const UsersPage = lazy(() => import('../admin/users-page').then((m) => ({ default: m.UsersPage })));
const ApiKeysPage = lazy(() => import('../admin/api-keys-page').then((m) => ({ default: m.ApiKeysPage })));
const AdminLayout = lazy(() => import('../admin/admin-layout').then((m) => ({ default: m.AdminLayout })));
const LocationsPage = lazy(() => import('../admin/locations-page').then((m) => ({ default: m.LocationsPage })));
const ChannelsPage = lazy(() => import('../admin/channels-page').then((m) => ({ default: m.ChannelsPage })));
const SettingsPage = lazy(() => import('../admin/settings-page').then((m) => ({ default: m.SettingsPage })));
const AuditPage = lazy(() => import('../admin/audit-page').then((m) => ({ default: m.AuditPage })));
const PluginCatalogPage = lazy(() => import('../admin/plugin-catalog-page').then((m) => ({ default: m.PluginCatalogPage })));

const page = (node: ReactNode) => <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{node}</Suspense>;

export function AppRoutes() {
  const definitionRoles = navEntry('definitions').roles;
  const portalRoles = navEntry('portal').roles;
  const inboxRoles = navEntry('inbox').roles;
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireRole roles="authenticated"><AppLayout /></RequireRole>}>
        <Route index element={<HomePage />} />
        <Route path="/definitions" element={<RequireRole roles={definitionRoles}>{page(<DefinitionsListPage />)}</RequireRole>} />
        <Route path="/definitions/:kind/:key" element={<RequireRole roles={definitionRoles}>{page(<DefinitionDetailPage />)}</RequireRole>} />
        <Route path="/portal" element={<RequireRole roles={portalRoles}>{page(<PortalHome />)}</RequireRole>} />
        <Route path="/portal/forms/:key" element={<RequireRole roles={portalRoles}>{page(<OrderFormPage />)}</RequireRole>} />
        <Route path="/portal/orders" element={<RequireRole roles={portalRoles}>{page(<MyOrdersPage />)}</RequireRole>} />
        <Route path="/portal/orders/:id" element={<RequireRole roles={portalRoles}>{page(<OrderStatusPage />)}</RequireRole>} />
        <Route path="/inbox" element={<RequireRole roles={inboxRoles}>{page(<InboxPage />)}</RequireRole>} />
        <Route path="/console" element={<RequireRole roles={navEntry('console').roles}>{page(<ConsolePage />)}</RequireRole>} />
        <Route path="/exceptions" element={<RequireRole roles={navEntry('exceptions').roles}>{page(<ExceptionsPage />)}</RequireRole>} />
        <Route path="/stock" element={<RequireRole roles={navEntry('stock').roles}>{page(<StockPage />)}</RequireRole>} />
        <Route path="/dashboards" element={<RequireRole roles={navEntry('dashboards').roles}>{page(<DashboardPage />)}</RequireRole>} />
        <Route path="/releases" element={<RequireRole roles={navEntry('releases').roles}>{page(<ReleasesPage />)}</RequireRole>} />
        <Route path="/admin" element={<RequireRole roles={navEntry('admin-users').roles}>{page(<AdminLayout />)}</RequireRole>}>
          <Route index element={<Navigate to="/admin/users" replace />} />
          <Route path="users" element={page(<UsersPage />)} />
          <Route path="api-keys" element={page(<ApiKeysPage />)} />
          <Route path="plugins" element={page(<PluginCatalogPage />)} />
          <Route path="locations" element={page(<LocationsPage />)} />
          <Route path="channels" element={page(<ChannelsPage />)} />
          <Route path="settings" element={page(<SettingsPage />)} />
          <Route path="audit" element={page(<AuditPage />)} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
