import { api } from './client';
import type { SessionInfo } from './types';

export const authApi = {
  login: (email: string, password: string, tenant?: string) =>
    api.post<SessionInfo>('/api/auth/login', tenant ? { tenant, email, password } : { email, password }),
  me: () => api.get<SessionInfo>('/api/auth/me'),
  logout: () => api.post<void>('/api/auth/logout'),
};
