import type { I18nText } from '@oms/runtime';
import { api } from '../../api/client';

/** One capability the flow engine can call for the tenant (GET /api/capabilities). */
export interface CapabilityInfo {
  key: string;
  title: I18nText;
  input: Record<string, unknown>;
  idempotent: boolean;
  plugin: { id: string; title: I18nText };
}

export const capabilitiesApi = {
  list: () => api.get<{ items: CapabilityInfo[] }>('/api/capabilities'),
};
