import { evaluateForm, FORM_ERROR_KEY, formikValidate, initialValues, issuesToFormikErrors, pickText, type FormDefinition, type Issue } from '@oms/runtime';
import { Alert, Button, Form, Popconfirm, Space, Spin, Typography } from 'antd';
import { Formik, getIn, type FormikErrors, type FormikHelpers } from 'formik';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { useTenantFormat } from '../components/use-tenant-format';
import { currentLanguage } from '../i18n';
import { FormRenderCtx } from './form-render-context';
import { FormLayoutView } from './form-layout-view';
import { portalApi } from './portal-api';
import { clearDraft, draftKey, DraftSaver, readDraft } from './use-form-draft';

type Values = Record<string, unknown>;

/** The published form, rendered from its definition with Formik; validation is the server's own (runtime). */
export function OrderFormPage() {
  const { key = '' } = useParams();
  const { data, error, loading, reload } = useAsync(() => portalApi.form(key), [key]);
  if (loading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error || !data) return <ErrorAlert error={error} onRetry={reload} />;
  return <FilledForm formKey={data.key} version={data.version} form={data.definition} onReload={reload} />;
}

function FilledForm({ formKey, version, form, onReload }: { formKey: string; version: number; form: FormDefinition; onReload(): void }) {
  const { t } = useTranslation();
  const session = useSession().session!;
  const navigate = useNavigate();
  const fmt = useTenantFormat();
  const locale = currentLanguage();
  const storage = draftKey(session.tenant.id, session.user.id, formKey);
  const [draft] = useState(() => readDraft(storage));
  const [savedAt, setSavedAt] = useState<number | null>(draft?.savedAt ?? null);
  const [failure, setFailure] = useState<unknown>(null);
  const options = useMemo(() => ({ locale, timeZone: fmt.timeZone, now: Date.now() }), [locale, fmt.timeZone]);
  const validate = useMemo(() => formikValidate(form, options), [form, options]);
  const start = useMemo<Values>(() => {
    if (draft) return draft.values;
    const v = initialValues(form, options);
    // The signed-in user is the usual customer: prefill an empty customer field with their name and email.
    for (const f of form.fields.flatMap((x) => [x, ...(x.fields ?? [])])) {
      if (f.type === 'customer' && Object.keys((v[f.key] as object) ?? {}).length === 0) v[f.key] = { name: session.user.name, email: session.user.email };
    }
    return v;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);
  const onSaved = useCallback((at: number) => setSavedAt(at), []);

  const submit = async (values: Values, helpers: FormikHelpers<Values>) => {
    setFailure(null);
    try {
      const r = await portalApi.submit(formKey, version, values, crypto.randomUUID());
      clearDraft(storage);
      navigate(`/portal/orders/${r.id}`, { state: { submitted: r.number } });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'form.invalid' && Array.isArray(e.details)) helpers.setErrors(issuesToFormikErrors(e.details as Issue[]) as FormikErrors<Values>);
      setFailure(e);
    }
  };

  return (
    <div style={{ maxWidth: 1100 }} data-testid="order-form">
      <Space style={{ marginBottom: 8 }}><Link to="/portal">← {t('form.back')}</Link></Space>
      <Typography.Title level={2}>{pickText(form.title, locale)}</Typography.Title>
      {form.description && <Typography.Paragraph type="secondary">{pickText(form.description, locale)}</Typography.Paragraph>}
      {draft && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('form.draftRestored')} />}
      <Formik<Values> initialValues={start} validate={validate} onSubmit={submit} validateOnMount={false}>
        {(fk) => {
          const evaluation = evaluateForm(form, fk.values, options);
          const showErrorAt = (path: string) => {
            const e = getIn(fk.errors, path);
            return typeof e === 'string' && (fk.submitCount > 0 || getIn(fk.touched, path) === true) ? e : undefined;
          };
          const errorCount = countErrors(fk.errors);
          return (
            <FormRenderCtx.Provider value={{ form, evaluation, locale, showErrorAt }}>
              <Form layout="vertical" component="form" onFinish={() => fk.handleSubmit()} aria-label={pickText(form.title, locale)}>
                <DraftSaver storageKey={storage} version={version} onSaved={onSaved} />
                {fk.submitCount > 0 && errorCount > 0 && (
                  <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="form-errors"
                    title={t('form.fixErrors', { count: errorCount })}
                    description={typeof fk.errors[FORM_ERROR_KEY] === 'string' ? String(fk.errors[FORM_ERROR_KEY]) : undefined} />
                )}
                {failure !== null && !(failure instanceof ApiError && failure.code === 'form.invalid') && (
                  failure instanceof ApiError && failure.code === 'form.version-changed'
                    ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('form.versionChanged')} action={<Button onClick={onReload}>{t('form.reload')}</Button>} />
                    : <ErrorAlert error={failure} />
                )}
                <FormLayoutView form={form} />
                <Space>
                  <Button type="primary" htmlType="submit" loading={fk.isSubmitting} data-testid="submit-order">
                    {fk.isSubmitting ? t('form.submitting') : t('form.submit')}
                  </Button>
                  <Popconfirm title={t('form.resetConfirm')} onConfirm={() => { clearDraft(storage); fk.resetForm({ values: initialValues(form, options) }); setSavedAt(null); }}>
                    <Button>{t('form.reset')}</Button>
                  </Popconfirm>
                  {savedAt !== null && <Typography.Text type="secondary" data-testid="draft-saved">{t('form.draftSaved', { time: fmt.dateTime(new Date(savedAt).toISOString()) })}</Typography.Text>}
                </Space>
              </Form>
            </FormRenderCtx.Provider>
          );
        }}
      </Formik>
    </div>
  );
}

function countErrors(e: unknown): number {
  if (typeof e === 'string') return 1;
  if (Array.isArray(e)) return e.reduce((n: number, x) => n + countErrors(x), 0);
  if (e && typeof e === 'object') return Object.values(e).reduce((n: number, x) => n + countErrors(x), 0);
  return 0;
}
