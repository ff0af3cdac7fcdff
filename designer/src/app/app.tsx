import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session-context';
import { AppRoutes } from './routes';

// WCAG AA contrast (4.5:1) on white: antd's default primary blue, error red and secondary greys are a little too light.
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9', colorPrimaryHover: '#003eb3', colorLink: '#0958d9', colorLinkHover: '#003eb3', colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)', colorTextDescription: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};

// A data router (not <BrowserRouter>) so screens can block in-app navigation while they hold unsaved changes (useBlocker).
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

/** Providers: antd locale follows the i18next language; session; router. */
export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
