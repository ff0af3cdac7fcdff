import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { nodeTypes } from './flow-model';
import { nodeUi } from './node-ui-registry';

/** The runtime's node types; drag one onto the canvas, or press Enter on it to add it in the middle. */
export function Palette(props: { onPointerDown(type: string, e: React.PointerEvent): void; onAdd(type: string): void }) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="fd-palette" aria-label={t('flowDesigner.palette')} data-testid="flow-palette">
      <Typography.Text strong>{t('flowDesigner.palette')}</Typography.Text>
      {nodeTypes.all().map((type) => (
        <button
          type="button" key={type.key} className="fd-palette-item" data-testid={`palette-${type.key}`}
          onPointerDown={(e) => props.onPointerDown(type.key, e)}
          onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); props.onAdd(type.key); } }}
        >
          <span aria-hidden>{nodeUi(type.key)?.icon}</span> {type.title[i18n.language as 'en'] ?? type.title.en ?? type.key}
        </button>
      ))}
    </nav>
  );
}
