import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { apiErrorText } from './api-error-text';

/** One way to show a failure: the message, its stable code and the request id support can look up. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const e = error instanceof ApiError ? error : null;
  // Translated by the stable code where the UI knows it, else the server's (already localised) message.
  const message = e ? apiErrorText(t, e) : error instanceof Error ? error.message : t('common.unknownError');
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      style={{ marginBottom: 16 }}
      title={message}
      description={e && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {e.code}{e.path ? ` · ${e.path}` : ''}{e.requestId ? ` · ${t('common.requestId', { id: e.requestId })}` : ''}
        </Typography.Text>
      )}
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
