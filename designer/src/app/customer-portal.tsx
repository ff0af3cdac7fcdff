import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function CustomerPortal({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: 760 }} data-testid="customer-portal">
      <Typography.Title level={2}>{t('home.welcome', { name })}</Typography.Title>
      <Card title={t('home.portalTitle')}>
        <Typography.Paragraph>{t('home.portalIntro')}</Typography.Paragraph>
        <Typography.Paragraph strong>{t('home.portalItems')}</Typography.Paragraph>
        <ul>
          <li>{t('home.portalPlace')}</li>
          <li>{t('home.portalTrack')}</li>
        </ul>
        <Alert type="info" showIcon title={t('home.portalSoon')} />
      </Card>
    </div>
  );
}
