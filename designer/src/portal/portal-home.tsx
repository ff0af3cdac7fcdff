import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '@oms/runtime';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { currentLanguage } from '../i18n';
import { MyOrdersTable } from './my-orders-table';
import { portalApi } from './portal-api';

/** The end user's start page: the published forms they may fill, and their latest orders. */
export function PortalHome() {
  const { t } = useTranslation();
  const session = useSession().session!;
  const locale = currentLanguage();
  const forms = useAsync(() => portalApi.forms(), []);
  const orders = useAsync(() => portalApi.myOrders(), []);
  return (
    <div style={{ maxWidth: 1100 }} data-testid="customer-portal">
      <Typography.Title level={2}>{t('home.welcome', { name: session.user.name })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.intro')}</Typography.Paragraph>
      <Typography.Title level={3}>{t('portal.forms')}</Typography.Title>
      {forms.error ? <ErrorAlert error={forms.error} onRetry={forms.reload} /> : null}
      {!forms.loading && !forms.error && (forms.data?.items.length ?? 0) === 0 && <Empty description={t('portal.noForms')} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
        {(forms.data?.items ?? []).map((f) => (
          <Col key={f.key} xs={24} md={12} lg={8}>
            <Card title={pickText(f.title, locale)} data-testid={`form-card-${f.key}`}
              extra={<Typography.Text type="secondary">{t('portal.version', { version: f.version })}</Typography.Text>}>
              {f.description && <Typography.Paragraph>{pickText(f.description, locale)}</Typography.Paragraph>}
              <Link to={`/portal/forms/${f.key}`}><Button type="primary">{t('portal.fill')}</Button></Link>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={3}>{t('portal.myOrders')}</Typography.Title>
      {orders.error ? <ErrorAlert error={orders.error} onRetry={orders.reload} /> : <MyOrdersTable items={(orders.data?.items ?? []).slice(0, 5)} loading={orders.loading} />}
      <Link to="/portal/orders">{t('portal.viewAll')}</Link>
    </div>
  );
}
