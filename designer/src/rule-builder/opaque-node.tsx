import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A part the visual builder cannot show: read-only, with its JSON Pointer, saved exactly as it is. */
export function OpaqueNode({ json, path }: { json: unknown; path: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      title={t('ruleBuilder.opaque', { path: path || '/' })}
      description={<Typography.Text code>{JSON.stringify(json)}</Typography.Text>}
    />
  );
}
