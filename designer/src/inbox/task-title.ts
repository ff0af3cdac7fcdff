import { pickText, type I18nText, type Locale } from '@oms/runtime';

/** Task titles come from the flow definition: an i18n text, a plain string, or nothing (then the node id). */
export function taskTitle(title: unknown, node: string, locale: Locale): string {
  if (typeof title === 'string' && title) return title;
  if (title && typeof title === 'object') return pickText(title as I18nText, locale) || node;
  return node;
}
