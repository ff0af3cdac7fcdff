import Form from '@rjsf/antd';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { Button } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { createSchemaValidator } from './schema-validator';
import { secretUi } from './secret-ui';

/** Secret fields (`writeOnly`, at any depth) get a password input that is never prefilled; the placeholder says whether one is set. */
function uiFor(schema: RJSFSchema, setFields: readonly string[], t: TFunction): UiSchema {
  return secretUi(schema, (field) => (setFields.includes(field) ? t('admin.plugins.secretSet') : t('admin.plugins.secretUnset')));
}

/** A server error with a path under `prefix` (`/config/baseUrl`) as an error at that field of the form. */
export function serverErrors(error: unknown, prefix: string, t: TFunction): ErrorSchema | undefined {
  if (!(error instanceof ApiError) || !error.path?.startsWith(`${prefix}/`)) return undefined;
  const path = error.path.slice(prefix.length + 1).split('/').filter(Boolean);
  const root: Record<string, unknown> = {};
  let node = root;
  for (const p of path) node = (node[p] = node[p] ?? {}) as Record<string, unknown>;
  node.__errors = [t(`admin.errors.${error.code}`, { defaultValue: error.message })];
  return root as ErrorSchema;
}

/**
 * A form generated from a plugin's JSON Schema (@rjsf/antd): field errors at the field, in the user's language,
 * checked in the browser first and by the server on save.
 */
export function SchemaForm(props: {
  schema: RJSFSchema; formData?: Record<string, unknown>; setFields?: readonly string[]; submitText: string; busy?: boolean;
  extraErrors?: ErrorSchema; disabled?: boolean; testId: string; onSubmit(data: Record<string, unknown>): void; extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const validator = useMemo(
    () => createSchemaValidator((keyword, fallback) => t(`admin.plugins.schemaErrors.${keyword}`, { defaultValue: fallback })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
  const uiSchema = useMemo(() => uiFor(props.schema, props.setFields ?? [], t), [props.schema, props.setFields, t]);
  return (
    <div data-testid={props.testId}>
      <Form
        schema={props.schema}
        uiSchema={uiSchema}
        formData={props.formData}
        validator={validator}
        extraErrors={props.extraErrors}
        showErrorList={false}
        // our validator shows every error at its field, in the user's language (the browser's bubbles would block it)
        noHtml5Validate
        disabled={props.disabled}
        onSubmit={({ formData }) => props.onSubmit((formData ?? {}) as Record<string, unknown>)}
        // the errors are shown at their fields; without a handler rjsf also logs them as console errors
        onError={() => {}}
      >
        <Button type="primary" htmlType="submit" loading={props.busy} disabled={props.disabled}>{props.submitText}</Button>
        {props.extra}
      </Form>
    </div>
  );
}
