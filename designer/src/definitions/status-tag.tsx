import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionStatus } from '../api/types';

const COLORS: Record<DefinitionStatus, string> = { draft: 'gold', published: 'green', archived: 'default' };

export function StatusTag({ status }: { status: DefinitionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]} data-testid="status-tag">{t(`status.${status}`)}</Tag>;
}
