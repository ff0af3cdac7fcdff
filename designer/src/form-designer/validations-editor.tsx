import type { CrossFieldValidation } from '@oms/runtime';
import { Button, Card, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { RuleBuilder } from '../rule-builder';
import { formVariables } from './field-vars';
import { allFields, patchObject, type FormDoc } from './model';
import { I18nInputs } from './panels/i18n-inputs';
import type { PinnedIssue } from './use-form-issues';

/** Cross-field validations `{rule, message, field}`: the rule through the rule builder, the message per language. */
export function ValidationsEditor({ doc, apply, issues }: { doc: FormDoc; apply(d: FormDoc, coalesce?: string): void; issues: PinnedIssue[] }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const list = (doc.validations as CrossFieldValidation[] | undefined) ?? [];
  const vars = formVariables(doc.fields, locale);
  const set = (next: CrossFieldValidation[], coalesce?: string) => apply({ ...doc, validations: next }, coalesce);
  const edit = (i: number, patch: Record<string, unknown>, coalesce?: string) => set(list.map((v, j) => (j === i ? patchObject(v, patch) : v)), coalesce);
  const fieldOptions = allFields(doc.fields).filter((f) => f.type !== 'section').map((f) => ({ value: f.key, label: f.key }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="fd-validations">
      {list.map((v, i) => {
        const mine = issues.filter((x) => x.target.validation === i);
        return (
          <Card key={i} size="small" title={v.id ?? `#${i + 1}`} data-testid={`fd-validation-${i}`}
            extra={<Button size="small" danger onClick={() => set(list.filter((_, j) => j !== i))}>{t('formDesigner.removeValidation')}</Button>}>
            <Form layout="vertical" size="small" component="div">
              {mine.map((x, n) => <Form.Item key={n} validateStatus="error" help={x.message} />)}
              <Form.Item label={t('formDesigner.validationRule')}>
                <RuleBuilder value={v.rule} variables={vars} path={`inmemory://oms/form-validation/${doc.key}/${i}.json`} onChange={(rule) => edit(i, { rule }, `validation/${i}/rule`)} />
              </Form.Item>
              <I18nInputs labelKey="formDesigner.validationMessage" value={v.message} idFor={(l) => `fd-validation-${i}-message-${l}`}
                onChange={(message) => edit(i, { message: message ?? {} }, `validation/${i}/message`)} />
              <Form.Item label={t('formDesigner.validationField')} htmlFor={`fd-validation-${i}-field`}>
                <Select id={`fd-validation-${i}-field`} allowClear value={v.field} options={fieldOptions} placeholder={t('formDesigner.formLevel')}
                  onChange={(field?: string) => edit(i, { field })} />
              </Form.Item>
            </Form>
          </Card>
        );
      })}
      <Button data-testid="fd-add-validation" onClick={() => set([...list, {
        id: `check-${list.length + 1}`,
        rule: { and: [{ '!!': [{ var: vars[0]?.path ?? '' }] }] },
        message: { en: 'Please check this entry', 'zh-CN': '请检查此项' },
      }])}>{t('formDesigner.addValidation')}</Button>
    </Space>
  );
}
