import { api } from './client';

export interface TenantSettings {
  timeZone: string;
  currency: string;
  language: string;
}

export const getSettings = () => api.get<TenantSettings>('/api/settings');
export const putSettings = (patch: Partial<TenantSettings>) => api.put<TenantSettings>('/api/settings', patch);
