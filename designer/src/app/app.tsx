import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../auth/session-context';
import { AppRoutes } from './routes';

// antd's default primary, error and secondary/placeholder greys miss WCAG AA contrast (4.5:1) on white;
// these keep the look and pass axe-core's color-contrast rule.
const THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};

/** Providers: antd locale follows the i18next language; session; router. */
export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider theme={THEME} locale={i18n.language === 'zh-CN' ? zhCN : enUS}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
