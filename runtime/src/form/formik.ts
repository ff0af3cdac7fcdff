import type { Issue } from '../core/issue.js';
import { parsePointer } from '../core/issue.js';
import type { FormData, FormDefinition, FormOptions } from './types.js';
import { validateSubmission } from './validate.js';

/** Key under which form-level issues (path `''`) are put, since Formik has no slot for them. */
export const FORM_ERROR_KEY = '_form';

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

export type FormikErrors = { [key: string]: string | FormikErrors | Array<FormikErrors | string | undefined> };

/**
 * Turns issues into Formik's nested errors object: `/lines/2/qty` → `{ lines: [, , { qty: msg }] }`.
 * The first issue for a path wins (the most specific comes first); a parent path that already holds a
 * message keeps it.
 */
export function issuesToFormikErrors(issues: Issue[]): FormikErrors {
  const errors: FormikErrors = {};
  for (const issue of issues) {
    const segments = parsePointer(issue.path);
    // Paths can echo user-supplied keys: never let them reach the prototype chain.
    if (segments.some((s) => UNSAFE.has(s))) continue;
    if (segments.length === 0) {
      if (errors[FORM_ERROR_KEY] === undefined) errors[FORM_ERROR_KEY] = issue.message;
      continue;
    }
    let node: any = errors;
    let ok = true;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i];
      const nextIsIndex = /^\d+$/.test(segments[i + 1]);
      if (node[seg] === undefined) node[seg] = nextIsIndex ? [] : {};
      if (typeof node[seg] !== 'object') {
        ok = false;
        break;
      }
      node = node[seg];
    }
    const last = segments[segments.length - 1];
    if (ok && node[last] === undefined) node[last] = issue.message;
  }
  return errors;
}

/**
 * A Formik `validate` function for a form: `<Formik validate={formikValidate(form, {locale, now})}>`.
 * It runs exactly the validation the server runs on submit.
 */
export function formikValidate(form: FormDefinition, options: FormOptions = {}): (values: FormData) => FormikErrors {
  return (values) => issuesToFormikErrors(validateSubmission(form, values, options));
}
