import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session-context';

export function ForbiddenPage() {
  const { t } = useTranslation();
  const role = useSession().session?.user.role;
  return (
    <Result
      status="403"
      title={<span data-testid="forbidden">{t('errors.forbiddenTitle')}</span>}
      subTitle={t('errors.forbidden', { role: role ? t(`roles.${role}`) : '' })}
      extra={<Link to="/"><Button type="primary">{t('errors.goHome')}</Button></Link>}
    />
  );
}
