import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { ForbiddenPage } from '../app/forbidden-page';
import { useSession } from './session-context';

/** Route guard: signed-out users go to the login page; other roles see a 403 page (the server refuses too). */
export function RequireRole({ roles, children }: { roles: readonly Role[] | 'authenticated'; children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (session === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (roles !== 'authenticated' && !roles.includes(session.user.role)) return <ForbiddenPage />;
  return <>{children}</>;
}
