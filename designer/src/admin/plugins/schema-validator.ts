import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import {
  ErrorSchemaBuilder, createErrorHandler, toErrorList, unwrapErrorHandler, validationDataMerge,
  type RJSFSchema, type RJSFValidationError, type ValidationData, type ValidatorType,
} from '@rjsf/utils';

/** Translates one error by its JSON Schema keyword (English default from the validator). */
export type KeywordMessage = (keyword: string, fallback: string, params: { property?: string }) => string;

// Keywords that only say "a child failed": the child's own error is the one to show.
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', 'allOf', '$ref', 'then', 'else', 'if', 'dependentSchemas', 'additionalItems', 'unevaluatedProperties']);

const decode = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** `#/a/0/b` → ['a', '0', 'b']; a `required` error belongs to the missing property, not its parent. */
function pathOf(u: OutputUnit): { path: string[]; property?: string } {
  const path = u.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean).map(decode);
  if (u.keyword === 'required') {
    const property = /"([^"]+)"/.exec(u.error)?.[1];
    if (property) return { path: [...path, property], property };
  }
  return { path };
}

/**
 * A `ValidatorType` for @rjsf on @cfworker/json-schema, which validates by interpretation: the designer's CSP has no
 * 'unsafe-eval', so Ajv cannot compile the schemas a plugin brings at run time. The server checks the same schema
 * again on save and its errors come back with their path.
 */
export function createSchemaValidator(message: KeywordMessage): ValidatorType {
  const cache = new WeakMap<object, Validator>();
  const validatorFor = (schema: RJSFSchema) => {
    let v = cache.get(schema);
    if (!v) {
      v = new Validator(schema as Schema, '7', false);
      cache.set(schema, v);
    }
    return v;
  };
  const units = (schema: RJSFSchema, data: unknown) => validatorFor(schema).validate(data ?? {}).errors.filter((u) => !WRAPPERS.has(u.keyword));
  return {
    validateFormData(formData, schema, customValidate, transformErrors, uiSchema): ValidationData<unknown> {
      const builder = new ErrorSchemaBuilder();
      let errors: RJSFValidationError[] = units(schema, formData).map((u) => {
        const { path, property } = pathOf(u);
        const text = message(u.keyword, u.error, { property });
        builder.addErrors(text, path.length ? path : undefined);
        return { name: u.keyword, message: text, property: path.length ? `.${path.join('.')}` : '', stack: text, schemaPath: u.keywordLocation };
      });
      if (transformErrors) errors = transformErrors(errors, uiSchema);
      let result: ValidationData<unknown> = { errors, errorSchema: builder.ErrorSchema };
      if (customValidate) {
        const handler = customValidate(formData, createErrorHandler(formData), uiSchema);
        result = validationDataMerge(result, unwrapErrorHandler(handler));
      }
      return result;
    },
    isValid(schema, formData, rootSchema) {
      try {
        const withDefs = rootSchema && rootSchema !== schema ? { ...schema, definitions: rootSchema.definitions, $defs: rootSchema.$defs } : schema;
        return validatorFor(withDefs as RJSFSchema).validate(formData).valid;
      } catch {
        return false;
      }
    },
    rawValidation<Result = unknown>(schema: RJSFSchema, formData?: unknown) {
      return { errors: units(schema, formData) as Result[] };
    },
  };
}
