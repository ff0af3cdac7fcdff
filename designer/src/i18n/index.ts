import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLocale } from '../api/client';
import { consoleEn } from './console.en';
import { consoleZhCN } from './console.zh-cn';
import { en } from './en';
import { portalEn } from './portal.en';
import { portalZhCN } from './portal.zh-cn';
import { stockEn } from './stock.en';
import { stockZhCN } from './stock.zh-cn';
import { zhCN } from './zh-cn';
import { flowDesignerEn } from './flow-designer.en';
import { flowDesignerZhCN } from './flow-designer.zh-cn';
import { dashEn } from './dash.en';
import { dashZhCN } from './dash.zh-cn';
import { adminEn } from './admin.en';
import { adminZhCN } from './admin.zh-cn';
import { ruleBuilderEn } from './rule-builder.en';
import { ruleBuilderZhCN } from './rule-builder.zh-cn';
import { formDesignerEn } from './form-designer.en';
import { formDesignerZhCN } from './form-designer.zh-cn';
import { routingDesignerEn } from './routing-designer.en';
import { routingDesignerZhCN } from './routing-designer.zh-cn';
import { releasesEn, releasesErrorCodesEn } from './releases.en';
import { releasesErrorCodesZhCN, releasesZhCN } from './releases.zh-cn';
import { definitionsExtraEn } from './definitions-extra.en';
import { definitionsExtraZhCN } from './definitions-extra.zh-cn';
import { csvOrdersEn } from './csv-orders.en';
import { csvOrdersZhCN } from './csv-orders.zh-cn';
import { testRunEn } from './test-run.en';
import { testRunZhCN } from './test-run.zh-cn';
import { flowActionEn } from './flow-action.en';
import { flowActionZhCN } from './flow-action.zh-cn';
import { flowPanelsEn } from './flow-panels.en';
import { flowPanelsZhCN } from './flow-panels.zh-cn';

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
    en: { translation: { ...en, ...consoleEn, ...stockEn, ...flowDesignerEn, dash: dashEn, admin: adminEn, ruleBuilder: ruleBuilderEn } },
    'zh-CN': { translation: { ...zhCN, ...consoleZhCN, ...stockZhCN, ...flowDesignerZhCN, dash: dashZhCN, admin: adminZhCN, ruleBuilder: ruleBuilderZhCN } },
  },
  lng,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
// Area namespaces merged into the one translation bundle (deep: 'nav' gains keys instead of being replaced).
i18n.addResourceBundle('en', 'translation', portalEn, true, false);
i18n.addResourceBundle('zh-CN', 'translation', portalZhCN, true, false);
i18n.addResourceBundle('en', 'translation', { formDesigner: formDesignerEn }, true, false);
i18n.addResourceBundle('zh-CN', 'translation', { formDesigner: formDesignerZhCN }, true, false);
i18n.addResourceBundle('en', 'translation', { routingDesigner: routingDesignerEn, releases: releasesEn, errorCodes: releasesErrorCodesEn, defx: definitionsExtraEn }, true, false);
i18n.addResourceBundle('zh-CN', 'translation', { routingDesigner: routingDesignerZhCN, releases: releasesZhCN, errorCodes: releasesErrorCodesZhCN, defx: definitionsExtraZhCN }, true, false);
i18n.addResourceBundle('en', 'translation', csvOrdersEn, true, false);
i18n.addResourceBundle('zh-CN', 'translation', csvOrdersZhCN, true, false);
i18n.addResourceBundle('en', 'translation', { testRun: testRunEn }, true, false);
i18n.addResourceBundle('zh-CN', 'translation', { testRun: testRunZhCN }, true, false);
i18n.addResourceBundle('en', 'translation', flowActionEn, true, false);
i18n.addResourceBundle('zh-CN', 'translation', flowActionZhCN, true, false);
i18n.addResourceBundle('en', 'translation', flowPanelsEn, true, false);
i18n.addResourceBundle('zh-CN', 'translation', flowPanelsZhCN, true, false);

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
