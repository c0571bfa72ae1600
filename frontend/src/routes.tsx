import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes, useParams } from 'react-router-dom';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './layout/AppLayout';
import { NotificationBell } from './features/notifications/NotificationBell';
import { useMe } from './lib/me';
import {
  canApprove,
  canCompare,
  canEditCatalogue,
  canRead,
  canReadOrg,
  canSeeUsers,
  canWrite,
  defaultMunicipality,
  schoolLanding,
} from './lib/permissions';
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
const SchoolsPage = lazy(() => import('./features/schools'));
const SchoolPage = lazy(() => import('./features/schools/SchoolPage'));
const RankingPage = lazy(() => import('./features/schools/RankingPage'));
const GroupsPage = lazy(() => import('./features/groups'));
const GroupPage = lazy(() => import('./features/groups/GroupPage'));
const SchoolsGridPage = lazy(() => import('./features/schoolentry'));
const RiskPage = lazy(() => import('./features/risk'));
const RiskYearRedirect = lazy(() => import('./features/risk/RiskYearRedirect'));
const RulesPage = lazy(() => import('./features/risk/RulesPage'));
const RatingPage = lazy(() => import('./features/scorecards'));
const PlansPage = lazy(() => import('./features/plans'));
const PlanPage = lazy(() => import('./features/plans/PlanPage'));
const ActivitiesPage = lazy(() => import('./features/plans/ActivitiesPage'));
const RecommendationsPage = lazy(() => import('./features/recommendations'));
const RecommendationsInbox = lazy(() => import('./features/recommendations/InboxPage'));
const ReportPage = lazy(() => import('./features/reports'));
const HistoryPage = lazy(() => import('./features/history'));
const TerritoryPage = lazy(() => import('./features/territory'));
const OrganizationsPage = lazy(() => import('./features/territory/OrganizationsPage'));
const UsersPage = lazy(() => import('./features/admin'));
const NotificationsPage = lazy(() => import('./features/notifications'));
const NotificationPreferencesPage = lazy(() => import('./features/notifications/PreferencesPage'));
const DuePage = lazy(() => import('./features/calendar'));

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

/** A school's pages: its municipality's readers and the school's own coordinators. */
function SchoolGuard() {
  const { code, org } = useParams();
  const me = useMe();
  return canReadOrg(me, code, org) ? <Outlet /> : <NoAccess />;
}

function Allowed({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? <>{children}</> : <NoAccess />;
}

function HomeRedirect() {
  const me = useMe();
  const { t } = useTranslation();
  const munis = useMunicipalities();
  const school = schoolLanding(me);
  const needList = !me.readable?.length && !me.writable?.length && (me.admin || me.readsAll);
  if (needList && munis.isLoading) return <Loading />;
  if (needList && munis.error) return <ErrorState error={munis.error} onRetry={() => munis.refetch()} />;
  const code = defaultMunicipality(me, munis.data?.items.map((m) => m.code).filter(present) ?? []);
  if (code) return <Navigate to={`/municipalities/${encodeURIComponent(code)}`} replace />;
  if (school) return <Navigate to={school} replace />;
  return <Result status="info" title={t('home.noMunicipality')} subTitle={t('home.noMunicipalityHint')} />;
}

export function AppRoutes() {
  const me = useMe();
  return (
    <Routes>
      <Route element={<AppLayout bell={<NotificationBell />} />}>
        <Route index element={<HomeRedirect />} />
        <Route path="municipalities/:code/schools/:org" element={<SchoolGuard />}>
          <Route
            index
            element={
              <Lazy>
                <SchoolPage />
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
            path="recommendations"
            element={
              <Lazy>
                <RecommendationsInbox />
              </Lazy>
            }
          />
          <Route
            path="report"
            element={
              <Lazy>
                <ReportPage />
              </Lazy>
            }
          />
        </Route>
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
            path="entry/:year/schools"
            element={
              <Lazy>
                <SchoolsGridPage />
              </Lazy>
            }
          />
          <Route
            path="schools"
            element={
              <Lazy>
                <SchoolsPage />
              </Lazy>
            }
          />
          <Route
            path="rankings"
            element={
              <Lazy>
                <RankingPage />
              </Lazy>
            }
          />
          <Route
            path="rankings/:indicator"
            element={
              <Lazy>
                <RankingPage />
              </Lazy>
            }
          />
          <Route
            path="groups"
            element={
              <Lazy>
                <GroupsPage />
              </Lazy>
            }
          />
          <Route
            path="groups/:group"
            element={
              <Lazy>
                <GroupPage />
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
          <Route
            path="risk"
            element={
              <Lazy>
                <RiskYearRedirect />
              </Lazy>
            }
          />
          <Route
            path="risk/:year"
            element={
              <Lazy>
                <RiskPage />
              </Lazy>
            }
          />
          <Route
            path="rules"
            element={
              <Lazy>
                <RulesPage />
              </Lazy>
            }
          />
          <Route
            path="report"
            element={
              <Lazy>
                <ReportPage />
              </Lazy>
            }
          />
          <Route
            path="ratings"
            element={
              <Lazy>
                <RatingPage />
              </Lazy>
            }
          />
          <Route
            path="plans"
            element={
              <Lazy>
                <PlansPage />
              </Lazy>
            }
          />
          <Route
            path="plans/:plan"
            element={
              <Lazy>
                <PlanPage />
              </Lazy>
            }
          />
          <Route
            path="activities"
            element={
              <Lazy>
                <ActivitiesPage />
              </Lazy>
            }
          />
          <Route
            path="due"
            element={
              <Lazy>
                <DuePage />
              </Lazy>
            }
          />
          <Route
            path="recommendations"
            element={
              <Lazy>
                <RecommendationsPage />
              </Lazy>
            }
          />
          <Route
            path="history"
            element={
              <Lazy>
                <HistoryPage />
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
          path="plans"
          element={
            <Lazy>
              <PlansPage />
            </Lazy>
          }
        />
        <Route
          path="plans/:plan"
          element={
            <Lazy>
              <PlanPage />
            </Lazy>
          }
        />
        <Route
          path="activities"
          element={
            <Lazy>
              <ActivitiesPage />
            </Lazy>
          }
        />
        <Route
          path="due"
          element={
            <Lazy>
              <DuePage />
            </Lazy>
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
          path="territory"
          element={
            <Allowed when={canEditCatalogue(me)}>
              <Lazy>
                <TerritoryPage />
              </Lazy>
            </Allowed>
          }
        />
        <Route path="territory/:code" element={<MunicipalityGuard need="read" />}>
          <Route
            index
            element={
              <Lazy>
                <OrganizationsPage />
              </Lazy>
            }
          />
        </Route>
        <Route
          path="admin/users"
          element={
            <Allowed when={canSeeUsers(me)}>
              <Lazy>
                <UsersPage />
              </Lazy>
            </Allowed>
          }
        />
        <Route
          path="notifications"
          element={
            <Lazy>
              <NotificationsPage />
            </Lazy>
          }
        />
        <Route
          path="notifications/preferences"
          element={
            <Lazy>
              <NotificationPreferencesPage />
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
