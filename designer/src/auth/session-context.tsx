import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth-api';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { SessionInfo } from '../api/types';
import { rememberTenant } from './last-tenant';

interface SessionValue {
  /** undefined while the first /me call is in flight; null when signed out. */
  session: SessionInfo | null | undefined;
  login(email: string, password: string, tenant?: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);

  const accept = useCallback((s: SessionInfo | null) => {
    setCsrfToken(s?.csrfToken ?? null);
    setSession(s);
  }, []);

  // An expired session anywhere sends the user back to the login page (RequireRole redirects on null).
  useEffect(() => {
    setUnauthorizedHandler(() => accept(null));
    return () => setUnauthorizedHandler(null);
  }, [accept]);

  useEffect(() => {
    authApi.me().then(accept, (e: unknown) => {
      // 401 simply means "not signed in"; anything else is shown on the login page as signed out too.
      if (!(e instanceof ApiError)) console.error(e);
      accept(null);
    });
  }, [accept]);

  const value = useMemo<SessionValue>(() => ({
    session,
    login: async (email, password, tenant) => {
      const s = await authApi.login(email, password, tenant);
      rememberTenant(s.tenant.slug); // prefills the next sign-in on this browser
      accept(s);
    },
    logout: async () => {
      try {
        await authApi.logout();
      } finally {
        accept(null);
      }
    },
  }), [session, accept]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
