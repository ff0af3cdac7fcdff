import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type UiLanguage } from '../i18n';

const LABELS: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select<UiLanguage>
      aria-label={t('header.language')}
      data-testid="language-switch"
      size="small"
      style={{ width: 110 }}
      value={i18n.language === 'zh-CN' ? 'zh-CN' : 'en'}
      onChange={changeLanguage}
      options={LANGUAGES.map((l) => ({ value: l, label: LABELS[l] }))}
    />
  );
}
