import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shows a secret (a new password or API key) exactly once; it is dropped from state when closed. */
export function SecretOnceModal({ title, secret, onClose, testId }: { title: string; secret: string | null; onClose: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Modal open={secret !== null} title={title} onOk={onClose} onCancel={onClose} cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden okText={t('admin.done')}>
      <Alert type="warning" showIcon title={t('admin.shownOnce')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph code copyable={{ text: secret ?? '', tooltips: [t('admin.copy'), t('admin.copied')] }} data-testid={testId}>
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
