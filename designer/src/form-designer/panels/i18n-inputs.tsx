import { LANGUAGES } from '../../i18n';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { I18nText } from '@oms/runtime';

/** One input per UI language for an i18n text (`{en, zh-CN}`); an emptied language is dropped from the map. */
export function I18nInputs(props: { labelKey: string; value: I18nText | undefined; onChange(next: I18nText | undefined): void; idFor(lang: string): string; status?: object; testId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {LANGUAGES.map((lang) => (
        <Form.Item key={lang} label={t(props.labelKey, { lang })} htmlFor={props.idFor(lang)} {...(lang === 'en' ? props.status : {})}>
          <Input
            id={props.idFor(lang)}
            data-testid={props.testId ? `${props.testId}-${lang}` : undefined}
            value={props.value?.[lang] ?? ''}
            onChange={(e) => {
              const next: I18nText = { ...(props.value ?? {}) };
              if (e.target.value === '') delete next[lang];
              else next[lang] = e.target.value;
              props.onChange(Object.keys(next).length ? next : undefined);
            }}
          />
        </Form.Item>
      ))}
    </>
  );
}
