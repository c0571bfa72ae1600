import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { isApiError } from './lib/api';
import { MeContext } from './lib/me';
import { fetchMe, qk } from './lib/queries';
import { ErrorState, Loading } from './lib/ui/states';
import { AppRoutes } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * A data router (not <BrowserRouter>) so that a page can hold navigation while it has unsaved
 * edits (useBlocker); the routes themselves stay the <Routes> of routes.tsx below it.
 */
const router = createBrowserRouter([{ path: '*', element: <WithMe /> }]);

function WithMe() {
  const me = useQuery({ queryKey: qk.me, queryFn: fetchMe, staleTime: Infinity });
  if (me.isLoading) return <Loading />;
  if (me.error || !me.data) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  return (
    <MeContext.Provider value={me.data}>
      <AppRoutes />
    </MeContext.Provider>
  );
}

export function App() {
  const { i18n } = useTranslation();
  // antd's date pickers and calendar take month names and the first day of the week (Monday) from dayjs
  dayjs.locale(i18n.language.startsWith('en') ? 'en' : 'ru');
  return (
    <ConfigProvider locale={i18n.language.startsWith('en') ? enUS : ruRU} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
