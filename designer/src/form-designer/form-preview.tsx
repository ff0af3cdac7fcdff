import { evaluateForm, FORM_ERROR_KEY, formikValidate, initialValues, type FormDefinition } from '@oms/runtime';
import { Alert, Button, Form, Space, Typography } from 'antd';
import { Formik, getIn } from 'formik';
import { Component, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenantFormat } from '../components/use-tenant-format';
import { currentLanguage } from '../i18n';
import { FormLayoutView } from '../portal/form-layout-view';
import { FormRenderCtx } from '../portal/form-render-context';
import type { FormDoc } from './model';

class Guard extends Component<{ children: ReactNode; fallback(e: unknown): ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

const count = (e: unknown): number =>
  typeof e === 'string' ? 1 : Array.isArray(e) ? e.reduce((n: number, x) => n + count(x), 0) : e && typeof e === 'object' ? Object.values(e).reduce((n: number, x) => n + count(x), 0) : 0;

/**
 * The live preview: the portal's own renderer (FormLayoutView and its field components) under Formik with the
 * runtime's `formikValidate`, exactly what an end user gets. A definition the runtime cannot run yet shows why.
 */
export function FormPreview({ doc }: { doc: FormDoc }) {
  const { t } = useTranslation();
  const text = JSON.stringify(doc);
  return (
    <div data-testid="fd-preview">
      <Typography.Paragraph type="secondary">{t('formDesigner.previewHelp')}</Typography.Paragraph>
      <Guard key={text} fallback={(e) => <Alert type="warning" showIcon title={t('formDesigner.previewBroken', { message: e instanceof Error ? e.message : String(e) })} />}>
        <PreviewForm form={doc as unknown as FormDefinition} />
      </Guard>
    </div>
  );
}

function PreviewForm({ form }: { form: FormDefinition }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const fmt = useTenantFormat();
  const options = useMemo(() => ({ locale, timeZone: fmt.timeZone, now: Date.now() }), [locale, fmt.timeZone]);
  const validate = useMemo(() => formikValidate(form, options), [form, options]);
  const start = useMemo(() => initialValues(form, options), [form, options]);
  return (
    <Formik initialValues={start} validate={validate} onSubmit={() => undefined}>
      {(fk) => {
        const evaluation = evaluateForm(form, fk.values, options);
        const showErrorAt = (path: string) => {
          const e: unknown = getIn(fk.errors, path);
          return typeof e === 'string' && fk.submitCount > 0 ? e : undefined;
        };
        const errors = count(fk.errors);
        return (
          <FormRenderCtx.Provider value={{ form, evaluation, locale, showErrorAt }}>
            <Form layout="vertical" component="form" onFinish={() => fk.handleSubmit()} aria-label={t('formDesigner.preview')}>
              <FormLayoutView form={form} />
              <Space>
                <Button htmlType="submit" data-testid="fd-preview-validate">{t('formDesigner.previewValidate')}</Button>
                {fk.submitCount > 0 && (errors === 0
                  ? <Typography.Text type="success" data-testid="fd-preview-result">{t('formDesigner.previewValid')}</Typography.Text>
                  : <Typography.Text type="danger" data-testid="fd-preview-result">{t('formDesigner.previewInvalid', { count: errors })}{typeof fk.errors[FORM_ERROR_KEY] === 'string' ? `: ${String(fk.errors[FORM_ERROR_KEY])}` : ''}</Typography.Text>)}
              </Space>
            </Form>
          </FormRenderCtx.Provider>
        );
      }}
    </Formik>
  );
}
