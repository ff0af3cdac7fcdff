import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { initialRow, pickText, type FormField } from '@oms/runtime';
import { Button, Form, Space, Table } from 'antd';
import { FieldArray, getIn, useFormikContext } from 'formik';
import { useTranslation } from 'react-i18next';
import { EmptyText } from '../components/empty-text';
import { useFormRender } from './form-render-context';
import { ScalarInput } from './scalar-input';

type Row = Record<string, unknown>;

/** Line items: a row per line with typed cells, add / copy / remove, computed cells live, errors in the cell. */
export function LineItemsInput({ field }: { field: FormField }) {
  const { t } = useTranslation();
  const { values, setFieldValue } = useFormikContext<Record<string, unknown>>();
  const { form, locale, evaluation, showErrorAt } = useFormRender();
  const rows = (getIn(values, field.key) as Row[] | undefined) ?? [];
  const columns = field.columns ?? [];
  const hasPrice = columns.some((c) => c.key === 'unitPrice');

  return (
    <FieldArray name={field.key}>
      {(helpers) => (
        <div data-testid={`line-items-${field.key}`}>
          <Table<Row & { _i: number }>
            size="small"
            pagination={false}
            rowKey="_i"
            locale={{ emptyText: <EmptyText text={t('form.noRows')} /> }}
            dataSource={rows.map((r, i) => ({ ...r, _i: i }))}
            columns={[
              ...columns.map((c: FormField) => ({
                key: c.key,
                title: pickText(c.label, locale),
                render: (_: unknown, row: Row & { _i: number }) => {
                  const path = `${field.key}.${row._i}.${c.key}`;
                  if (evaluation.visible[path] === false) return null;
                  const error = showErrorAt(path);
                  return (
                    <Form.Item validateStatus={error ? 'error' : undefined} help={error && <span data-testid={`error-${path}`}>{error}</span>} style={{ margin: 0 }}>
                      <ScalarInput
                        field={c}
                        path={path}
                        ariaLabel={`${pickText(c.label, locale)} · ${t('form.row', { n: row._i + 1 })}`}
                        computedValue={c.computed !== undefined ? evaluation.computed[path] : undefined}
                        onSkuPicked={hasPrice ? (price) => {
                          if (price !== null && getIn(values, `${field.key}.${row._i}.unitPrice`) === undefined) {
                            void setFieldValue(`${field.key}.${row._i}.unitPrice`, price);
                          }
                        } : undefined}
                      />
                    </Form.Item>
                  );
                },
              })),
              {
                key: '_actions',
                title: t('form.actions'),
                width: 96,
                render: (_: unknown, row: Row & { _i: number }) => (
                  <Space size={0}>
                    <Button type="text" icon={<CopyOutlined />} aria-label={t('form.copyRow', { n: row._i + 1 })}
                      onClick={() => helpers.insert(row._i + 1, structuredClone(rows[row._i]))} />
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('form.removeRow', { n: row._i + 1 })}
                      onClick={() => helpers.remove(row._i)} />
                  </Space>
                ),
              },
            ]}
          />
          <Button icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => helpers.push(initialRow(form, field.key))}>
            {t('form.addRow')}
          </Button>
        </div>
      )}
    </FieldArray>
  );
}
