import { pickText, type FormDefinition, type FormField } from '@oms/runtime';
import { Card, Col, Row } from 'antd';
import { useFormRender } from './form-render-context';
import { FormFieldView } from './form-field';

function byKey(fields: FormField[], out = new Map<string, FormField>()): Map<string, FormField> {
  for (const f of fields) {
    out.set(f.key, f);
    if (f.fields) byKey(f.fields, out);
  }
  return out;
}

/** The form's layout (sections of rows of columns on a 24-grid); fields the layout leaves out follow at the end. */
export function FormLayoutView({ form }: { form: FormDefinition }) {
  const { locale } = useFormRender();
  const sections = form.layout?.sections ?? [];
  if (!sections.length) return <>{form.fields.map((f) => <FormFieldView key={f.key} field={f} />)}</>;
  const all = byKey(form.fields);
  const placed = new Set(sections.flatMap((s) => s.rows.flatMap((r) => r.columns.map((c) => c.field))));
  // A section field whose children are all placed is itself placed.
  const rest = form.fields.filter((f) => !placed.has(f.key) && !(f.type === 'section' && (f.fields ?? []).every((c) => placed.has(c.key))));
  return (
    <>
      {sections.map((s) => (
        <Card key={s.id} title={s.title ? pickText(s.title, locale) : undefined} style={{ marginBottom: 16 }}>
          {s.rows.map((r, i) => (
            <Row key={i} gutter={16}>
              {r.columns.map((c) => {
                const f = all.get(c.field);
                return f ? <Col key={c.field} xs={24} md={c.span ?? 24}><FormFieldView field={f} /></Col> : null;
              })}
            </Row>
          ))}
        </Card>
      ))}
      {rest.map((f) => <FormFieldView key={f.key} field={f} />)}
    </>
  );
}
