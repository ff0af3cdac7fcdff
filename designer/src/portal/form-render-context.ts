import type { FormDefinition, FormEvaluation, Locale } from '@oms/runtime';
import { createContext, useContext } from 'react';

/** What every field renderer needs besides Formik: the definition, the live evaluation and the locale. */
export interface FormRenderContext {
  form: FormDefinition;
  evaluation: FormEvaluation;
  locale: Locale;
  /** Errors show once a field was left or the form was submitted. */
  showErrorAt(path: string): string | undefined;
}

export const FormRenderCtx = createContext<FormRenderContext | null>(null);

export function useFormRender(): FormRenderContext {
  const c = useContext(FormRenderCtx);
  if (!c) throw new Error('useFormRender outside <FormRenderCtx>');
  return c;
}

/** DOM id of a Formik path (`lines.0.sku` → `f-lines-0-sku`), for label/htmlFor pairs. */
export const inputId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
