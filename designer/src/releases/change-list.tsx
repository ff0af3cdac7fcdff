import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SemanticChange } from './semantic-diff';

const COLOR = { added: '#237804', removed: '#a8071a', changed: '#874d00' } as const;

/** The semantic changes of one definition: added / removed / changed nodes, edges, fields or paths. */
export function ChangeList({ changes }: { changes: SemanticChange[] }) {
  const { t } = useTranslation();
  if (!changes.length) return <Typography.Text type="secondary">{t('releases.diff.none')}</Typography.Text>;
  return (
    <ul data-testid="semantic-changes" style={{ paddingLeft: 16, margin: 0 }}>
      {changes.map((c) => (
        <li key={`${c.subject}:${c.id}`} data-testid={`change-${c.subject}-${c.change}`}>
          <Tag color={COLOR[c.change]}>{t(`releases.diff.${c.change}`)}</Tag>
          {t(`releases.diff.subject.${c.subject}`)} <code>{c.id}</code>
        </li>
      ))}
    </ul>
  );
}
