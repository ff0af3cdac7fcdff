import { Badge, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionStatus } from '../api/types';

const COLORS: Record<DefinitionStatus, string> = { draft: 'gold', published: 'green', archived: 'gray' };

/** Status in dark text with a coloured dot: antd's coloured tags fail WCAG AA contrast for small text (axe). */
export function StatusTag({ status }: { status: DefinitionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-testid="status-tag">
      <Badge color={COLORS[status]} style={{ marginInlineEnd: 6 }} />
      {t(`status.${status}`)}
    </Tag>
  );
}
