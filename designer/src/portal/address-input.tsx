import { pickText, type FormField } from '@oms/runtime';
import { Col, Form, Input, Row } from 'antd';
import { getIn, useFormikContext } from 'formik';
import { useTranslation } from 'react-i18next';
import { AddressPicker } from './address-picker';
import { inputId, useFormRender } from './form-render-context';

const ADDRESS: Array<[part: string, span: number]> = [
  ['name', 12], ['company', 12], ['line1', 24], ['line2', 24], ['postcode', 6], ['city', 10], ['region', 8], ['country', 8], ['phone', 16],
];
const CUSTOMER: Array<[part: string, span: number]> = [['name', 12], ['email', 12]];

/**
 * An address or customer reference: one labelled input per part, each with its own error (path `/shipTo/city`).
 * An address also offers the caller's previous addresses to fill it from.
 */
export function CompositeInput({ field, kind }: { field: FormField; kind: 'address' | 'customer' }) {
  const { t } = useTranslation();
  const { values, setFieldValue, setFieldTouched } = useFormikContext<Record<string, unknown>>();
  const { locale, showErrorAt } = useFormRender();
  const parts = kind === 'address' ? ADDRESS : CUSTOMER;
  const title = pickText(field.label, locale);
  return (
    <>
      {kind === 'address' && (
        <AddressPicker id={inputId(`${field.key}.pick`)} title={title}
          onPick={(a) => void setFieldValue(field.key, { ...a })} />
      )}
      <Row gutter={8}>
        {parts.map(([part, span]) => {
          const path = `${field.key}.${part}`;
          const error = showErrorAt(path);
          const label = t(`form.${kind}.${part}`);
          return (
            <Col key={part} xs={24} md={span}>
              <Form.Item label={label} htmlFor={inputId(path)} validateStatus={error ? 'error' : undefined}
                help={error && <span data-testid={`error-${path}`}>{error}</span>} style={{ marginBottom: 8 }}>
                <Input
                  id={inputId(path)}
                  aria-label={`${title} · ${label}`}
                  aria-invalid={error ? true : undefined}
                  value={(getIn(values, path) as string | undefined) ?? ''}
                  onChange={(e) => void setFieldValue(path, e.target.value === '' ? undefined : e.target.value)}
                  onBlur={() => void setFieldTouched(path, true, false)}
                  autoComplete={kind === 'customer' && part === 'email' ? 'email' : undefined}
                />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
