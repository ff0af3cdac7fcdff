import { Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { FieldCard } from './field-card';
import { rowZone, slotZone } from './drop-zone';
import type { DragPayload } from './form-designer';
import { findField, layoutOf, removeSection, setSection, unplaced, type FormDoc } from './model';
import type { PinnedIssue } from './use-form-issues';
import type { DragState, usePointerDrag } from './use-pointer-drag';

type Source = ReturnType<typeof usePointerDrag<DragPayload>>['source'];

interface Props {
  doc: FormDoc;
  apply(next: FormDoc, coalesce?: string): void;
  source: Source;
  drag: DragState<DragPayload> | null;
  issues: PinnedIssue[];
  selected: string | null;
  onSelect(field: string): void;
  readOnly?: boolean;
}

function Zone({ id, kind, drag }: { id: string; kind: 'row' | 'slot'; drag: DragState<DragPayload> | null }) {
  return <div data-drop={id} data-testid={`fd-drop-${id}`} className={`fd-zone fd-zone-${kind}${drag?.over === id ? ' fd-over' : ''}`} />;
}

/** Sections of rows of columns; drop zones between rows (a new row) and between columns (same row). */
export function FormCanvas({ doc, apply, source, drag, issues, selected, onSelect, readOnly }: Props) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const sections = layoutOf(doc);
  const tray = unplaced(doc);
  const card = (key: string) => {
    const field = findField(doc, key);
    return field ? (
      <FieldCard field={field} doc={doc} apply={apply} source={source} issues={issues} selected={selected === key} onSelect={onSelect} readOnly={readOnly} />
    ) : <Typography.Text type="danger">{key}</Typography.Text>;
  };
  return (
    <div data-testid="fd-canvas" className={drag ? 'fd-dragging' : undefined} aria-label={t('formDesigner.canvas')} role="region">
      {sections.map((s, si) => (
        <Card
          key={`${s.id}-${si}`}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid={`fd-section-${si}`}
          title={
            <Input size="small" variant="borderless" aria-label={t('formDesigner.sectionTitle', { lang: locale })} disabled={readOnly}
              value={s.title?.[locale] ?? ''} placeholder={t('formDesigner.section')}
              onChange={(e) => apply(setSection(doc, si, { title: { ...(s.title ?? {}), [locale]: e.target.value } }), `section-title-${si}`)} />
          }
          extra={!readOnly && sections.length > 1 ? (
            <Popconfirm title={t('formDesigner.removeSection')} onConfirm={() => apply(removeSection(doc, si))}>
              <Button size="small" type="text" danger>{t('formDesigner.removeSection')}</Button>
            </Popconfirm>
          ) : null}
        >
          {s.rows.map((r, ri) => (
            <div key={ri}>
              <Zone id={rowZone(si, ri)} kind="row" drag={drag} />
              <div className="fd-row" data-testid={`fd-row-${si}-${ri}`}>
                {r.columns.map((c, ci) => (
                  <div key={c.field} style={{ display: 'contents' }}>
                    <Zone id={slotZone(si, ri, ci)} kind="slot" drag={drag} />
                    <div className="fd-cell" style={{ flex: `${c.span ?? 24} 1 0` }}>{card(c.field)}</div>
                  </div>
                ))}
                <Zone id={slotZone(si, ri, r.columns.length)} kind="slot" drag={drag} />
              </div>
            </div>
          ))}
          <div data-drop={rowZone(si, s.rows.length)} data-testid={`fd-drop-${rowZone(si, s.rows.length)}`}
            className={`fd-zone${drag?.over === rowZone(si, s.rows.length) ? ' fd-over' : ''}`} style={{ padding: 8, textAlign: 'center' }}>
            <Typography.Text type="secondary">{s.rows.length ? t('formDesigner.newRow') : t('formDesigner.emptySection')}</Typography.Text>
          </div>
        </Card>
      ))}
      {tray.length > 0 && (
        <Card size="small" title={t('formDesigner.unplaced')} data-testid="fd-unplaced">
          <Space direction="vertical" style={{ width: '100%' }}>{tray.map((f) => <div key={f.key}>{card(f.key)}</div>)}</Space>
        </Card>
      )}
    </div>
  );
}
