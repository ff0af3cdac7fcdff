import { Button, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSession } from '../auth/session-context';
import { HOME_SCREEN, navFor } from './nav-registry';

/** Customers land on their portal and approvers on their inbox; other staff see cards for their modules. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession().session;
  if (!session) return null;
  const own = HOME_SCREEN[session.user.role];
  if (own) return <Navigate to={own} replace />;
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
