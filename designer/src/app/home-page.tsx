import { Button, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session-context';
import { CustomerPortal } from './customer-portal';
import { navFor } from './nav-registry';

/** Staff see cards for the modules their role may use; customers see their portal. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession().session;
  if (!session) return null;
  if (session.user.role === 'customer') return <CustomerPortal name={session.user.name} />;
  const modules = navFor(session.user.role).filter((e) => e.descriptionKey);
  return (
    <div style={{ maxWidth: 960 }}>
      <Typography.Title level={2}>{t('home.welcome', { name: session.user.name })}</Typography.Title>
      <Typography.Paragraph type="secondary">{modules.length ? t('home.staffIntro') : t('home.noModules')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {modules.map((m) => (
          <Col key={m.key} xs={24} md={12}>
            <Card title={t(m.labelKey)} extra={<Link to={m.path}><Button type="link">{t('home.open')}</Button></Link>}>
              {t(m.descriptionKey!)}
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
