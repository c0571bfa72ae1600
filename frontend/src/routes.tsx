import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes, useParams } from 'react-router-dom';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './layout/AppLayout';
import { useMe } from './lib/me';
import { canApprove, canCompare, canRead, canWrite, defaultMunicipality } from './lib/permissions';
import { useMunicipalities } from './lib/queries';
import { present } from './lib/present';
import { ErrorState, Loading, NoAccess, NotFound } from './lib/ui/states';

const DashboardPage = lazy(() => import('./features/dashboard'));
const IndicatorPage = lazy(() => import('./features/indicator'));
const EntryPage = lazy(() => import('./features/entry'));
const EntryYearRedirect = lazy(() => import('./features/entry/EntryYearRedirect'));
const TargetsPage = lazy(() => import('./features/targets'));
const UploadPage = lazy(() => import('./features/upload'));
const ComparePage = lazy(() => import('./features/compare'));
const CataloguePage = lazy(() => import('./features/catalogue'));
const ApprovalsPage = lazy(() => import('./features/approvals'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Guards every /municipalities/:code/... page by the municipalities /me allows. */
function MunicipalityGuard({ need }: { need: 'read' | 'write' }) {
  const { code } = useParams();
  const me = useMe();
  const ok = need === 'write' ? canWrite(me, code) : canRead(me, code);
  return ok ? <Outlet /> : <NoAccess />;
}

function Allowed({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? <>{children}</> : <NoAccess />;
}

function HomeRedirect() {
  const me = useMe();
  const { t } = useTranslation();
  const munis = useMunicipalities();
  const needList = !me.readable?.length && !me.writable?.length && (me.admin || me.readsAll);
  if (needList && munis.isLoading) return <Loading />;
  if (needList && munis.error) return <ErrorState error={munis.error} onRetry={() => munis.refetch()} />;
  const code = defaultMunicipality(me, munis.data?.items.map((m) => m.code).filter(present) ?? []);
  if (code) return <Navigate to={`/municipalities/${encodeURIComponent(code)}`} replace />;
  return <Result status="info" title={t('home.noMunicipality')} subTitle={t('home.noMunicipalityHint')} />;
}

export function AppRoutes() {
  const me = useMe();
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="municipalities/:code" element={<MunicipalityGuard need="read" />}>
          <Route
            index
            element={
              <Lazy>
                <DashboardPage />
              </Lazy>
            }
          />
          <Route
            path="indicators/:indicator"
            element={
              <Lazy>
                <IndicatorPage />
              </Lazy>
            }
          />
          <Route
            path="entry"
            element={
              <Lazy>
                <EntryYearRedirect />
              </Lazy>
            }
          />
          <Route
            path="entry/:year"
            element={
              <Lazy>
                <EntryPage />
              </Lazy>
            }
          />
          <Route
            path="targets"
            element={
              <Lazy>
                <TargetsPage />
              </Lazy>
            }
          />
          <Route element={<MunicipalityGuard need="write" />}>
            <Route
              path="upload"
              element={
                <Lazy>
                  <UploadPage />
                </Lazy>
              }
            />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
        <Route
          path="compare"
          element={
            <Allowed when={canCompare(me)}>
              <Lazy>
                <ComparePage />
              </Lazy>
            </Allowed>
          }
        />
        <Route
          path="catalogue"
          element={
            <Lazy>
              <CataloguePage />
            </Lazy>
          }
        />
        <Route
          path="approvals"
          element={
            <Allowed when={canApprove(me)}>
              <Lazy>
                <ApprovalsPage />
              </Lazy>
            </Allowed>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
