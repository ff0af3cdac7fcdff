import { Badge, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export function CanvasToolbar(props: {
  errors: number; warnings: number; canUndo: boolean; canRedo: boolean; layingOut: boolean;
  onUndo(): void; onRedo(): void; onLayout(): void; onCopy(): void; onPaste(): void; onDelete(): void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap className="fd-toolbar" data-testid="flow-toolbar">
      <Tooltip title="Ctrl+Z"><Button size="small" onClick={props.onUndo} disabled={!props.canUndo} data-testid="flow-undo">{t('flowDesigner.undo')}</Button></Tooltip>
      <Tooltip title="Ctrl+Y"><Button size="small" onClick={props.onRedo} disabled={!props.canRedo} data-testid="flow-redo">{t('flowDesigner.redo')}</Button></Tooltip>
      <Button size="small" onClick={props.onCopy} data-testid="flow-copy">{t('flowDesigner.copy')}</Button>
      <Button size="small" onClick={props.onPaste} data-testid="flow-paste">{t('flowDesigner.paste')}</Button>
      <Button size="small" onClick={props.onDelete} data-testid="flow-delete">{t('flowDesigner.delete')}</Button>
      <Button size="small" onClick={props.onLayout} loading={props.layingOut} data-testid="flow-layout">{t('flowDesigner.autoLayout')}</Button>
      <span data-testid="flow-error-count">
        <Badge count={props.errors} showZero color={props.errors ? '#cf1322' : '#389e0d'} /> {t('flowDesigner.errors', { count: props.errors })}
        {props.warnings ? ` · ${t('flowDesigner.warnings', { count: props.warnings })}` : ''}
      </span>
    </Space>
  );
}
