import { Navigate } from 'react-router';
import { useSession } from '../auth/session-context';
import { HOME_SCREEN } from './nav-registry';

/** `/` (and the landing after login) forwards every role to its own home screen (nav-registry HOME_SCREEN). */
export function HomePage() {
  const session = useSession().session;
  if (!session) return null;
  return <Navigate to={HOME_SCREEN[session.user.role]} replace />;
}
