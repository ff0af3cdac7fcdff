import { DEFINITION_KINDS } from '@oms/runtime';
import type { DefinitionKind } from '../api/types';

/** The runtime's list of designed kinds, in tab order. */
export const KINDS: readonly DefinitionKind[] = DEFINITION_KINDS;

export function isKind(s: string | undefined | null): s is DefinitionKind {
  return !!s && (KINDS as readonly string[]).includes(s);
}

export const KEY_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

/** Pick the text for the UI language out of an i18n map `{en, zh-CN}` (or a plain string). */
export function i18nText(value: unknown, language: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const text = map[language] ?? map.en ?? Object.values(map)[0];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** The smallest valid body of each kind, so a new draft validates before the analyst adds anything. */
export function starterBody(kind: DefinitionKind, key: string, title: string, titleZh?: string): Record<string, unknown> {
  // The Chinese title is only written when the analyst gives one: copying the English text would look translated.
  const zh = titleZh?.trim();
  const head = { kind, key, title: zh ? { en: title, 'zh-CN': zh } : { en: title } };
  switch (kind) {
    case 'form':
      return { ...head, fields: [{ key: 'note', type: 'text', label: { en: 'Note', 'zh-CN': '备注' } }] };
    case 'flow':
      return {
        ...head,
        nodes: [{ id: 'start', type: 'start' }, { id: 'end', type: 'end' }],
        edges: [{ id: 'e1', from: 'start', to: 'end' }],
        layout: { start: { x: 0, y: 0 }, end: { x: 240, y: 0 } },
      };
    case 'routing':
      return { ...head, rules: [] };
    case 'review':
      return { ...head, rules: [] };
  }
}
