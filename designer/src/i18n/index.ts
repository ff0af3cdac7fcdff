import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLocale } from '../api/client';
import { en } from './en';
import { zhCN } from './zh-cn';
import { ruleBuilderEn } from './rule-builder.en';
import { ruleBuilderZhCN } from './rule-builder.zh-cn';

export type UiLanguage = 'en' | 'zh-CN';
export const LANGUAGES: readonly UiLanguage[] = ['en', 'zh-CN'];
const STORAGE_KEY = 'oms.language';

/** Stored choice first, then the browser's language, then English. */
function initialLanguage(): UiLanguage {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const lng = initialLanguage();
setApiLocale(lng);
if (typeof document !== 'undefined') document.documentElement.lang = lng;

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: { ...en, ruleBuilder: ruleBuilderEn } },
    'zh-CN': { translation: { ...zhCN, ruleBuilder: ruleBuilderZhCN } },
  },
  lng,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function changeLanguage(next: UiLanguage): void {
  localStorage.setItem(STORAGE_KEY, next);
  setApiLocale(next);
  document.documentElement.lang = next;
  void i18n.changeLanguage(next);
}

export function currentLanguage(): UiLanguage {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

export default i18n;
