import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Layout, Select, Space, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { setLang, type Lang } from '../../i18n';
import { isApiError } from '../../lib/api';
import { PUBLIC_PREFIX } from '../../lib/publicPath';
import { PublicListPage } from './PublicListPage';
import { PublicMunicipalityPage } from './PublicMunicipalityPage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * The public portal as its own small application: started by main.tsx for /public paths without Keycloak, so
 * it renders without a login or a redirect and calls only the public API (no token).
 */
export function PublicApp() {
  const { i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  dayjs.locale(en ? 'en' : 'ru');
  return (
    <ConfigProvider locale={en ? enUS : ruRU} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Routes>
              <Route path={PUBLIC_PREFIX} element={<PublicLayout />}>
                <Route index element={<PublicListPage />} />
                <Route path=":municipality" element={<PublicMunicipalityPage />} />
                <Route path=":municipality/:year" element={<PublicMunicipalityPage />} />
              </Route>
              <Route path="*" element={<Navigate to={PUBLIC_PREFIX} replace />} />
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function PublicLayout() {
  const { t, i18n } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="public-portal">
      <Layout.Header
        className="no-print"
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Link to={PUBLIC_PREFIX} style={{ color: 'inherit' }}>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('public.brand')}
          </Typography.Text>
        </Link>
        <Space>
          <Select
            size="small"
            aria-label={t('header.language')}
            value={i18n.language.startsWith('en') ? 'en' : 'ru'}
            onChange={(v) => setLang(v as Lang)}
            options={[
              { value: 'ru', label: 'Русский' },
              { value: 'en', label: 'English' },
            ]}
            style={{ width: 110 }}
          />
          {/* a full page load: the staff application starts with the login */}
          <a href="/" data-testid="public-login">
            {t('public.staffLogin')}
          </a>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: '24px', maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>{t('public.footer')}</Layout.Footer>
    </Layout>
  );
}
