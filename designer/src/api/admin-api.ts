import type { Role } from './types';
import { api, request } from './client';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ApiKeyView {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Plaintext key: only in the response that created it. */
  key?: string;
}

export const listUsers = () => api.get<{ items: UserView[] }>('/api/users').then((r) => r.items);
export const createUser = (body: { email: string; name: string; role: Role; password: string }) => api.post<UserView>('/api/users', body);
export const updateUser = (id: string, patch: { role?: Role; name?: string; disabled?: boolean; password?: string }) =>
  request<UserView>('PATCH', `/api/users/${encodeURIComponent(id)}`, patch);

export const listApiKeys = () => api.get<{ items: ApiKeyView[] }>('/api/api-keys').then((r) => r.items);
export const createApiKey = (body: { name: string; role: Role }) => api.post<ApiKeyView>('/api/api-keys', body);
export const revokeApiKey = (id: string) => request<void>('DELETE', `/api/api-keys/${encodeURIComponent(id)}`);
