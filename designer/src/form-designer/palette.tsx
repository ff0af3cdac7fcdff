import { pickText } from '@oms/runtime';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { fieldUi, paletteTypes } from './field-ui-registry';
import type { DragPayload } from './form-designer';
import type { usePointerDrag } from './use-pointer-drag';

type Source = ReturnType<typeof usePointerDrag<DragPayload>>['source'];

/** The runtime's field types; drag one onto the canvas, or press it (Enter / click) to append it. */
export function Palette({ source, onAdd }: { source: Source; onAdd(type: string): void }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  return (
    <Card size="small" title={t('formDesigner.palette')} data-testid="fd-palette">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('formDesigner.paletteHelp')}</Typography.Paragraph>
      {paletteTypes().map((type) => {
        const label = pickText(type.title ?? {}, locale) || type.key;
        return (
          <Button key={type.key} className="fd-palette-item" icon={fieldUi(type.key).icon} data-testid={`fd-palette-${type.key}`}
            {...source({ kind: 'new', type: type.key }, label)} onClick={() => onAdd(type.key)}>
            {label}
          </Button>
        );
      })}
    </Card>
  );
}
