import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { MyOrdersTable } from './my-orders-table';
import { portalApi } from './portal-api';

export function MyOrdersPage() {
  const { t } = useTranslation();
  const orders = useAsync(() => portalApi.myOrders(), []);
  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={2}>{t('portal.myOrders')}</Typography.Title>
      {orders.error ? <ErrorAlert error={orders.error} onRetry={orders.reload} /> : <MyOrdersTable items={orders.data?.items ?? []} loading={orders.loading} />}
    </div>
  );
}
