import { Route, Routes } from 'react-router';
import { LoginPage } from '../auth/login-page';
import { RequireRole } from '../auth/require-role';
import { DefinitionDetailPage } from '../definitions/definition-detail-page';
import { DefinitionsListPage } from '../definitions/definitions-list-page';
import { AppLayout } from './app-layout';
import { HomePage } from './home-page';
import { navEntry } from './nav-registry';
import { NotFoundPage } from './not-found-page';

export function AppRoutes() {
  const definitionRoles = navEntry('definitions').roles;
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireRole roles="authenticated"><AppLayout /></RequireRole>}>
        <Route index element={<HomePage />} />
        <Route path="/definitions" element={<RequireRole roles={definitionRoles}><DefinitionsListPage /></RequireRole>} />
        <Route path="/definitions/:kind/:key" element={<RequireRole roles={definitionRoles}><DefinitionDetailPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
