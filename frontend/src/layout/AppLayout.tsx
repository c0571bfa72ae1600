import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  ProjectOutlined,
  ClusterOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  EditOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  TeamOutlined,
  TrophyOutlined,
  WarningOutlined,
  UnorderedListOutlined,
  LogoutOutlined,
  FileTextOutlined,
  MailOutlined,
  SendOutlined,
  UploadOutlined,
  UserOutlined,
  HistoryOutlined,
  GlobalOutlined,
  IdcardOutlined,
  MenuOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Segmented, Select, Space, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch, useNavigate } from 'react-router-dom';
import { setLang, type Lang } from '../i18n';
import { logout } from '../lib/auth';
import { useMe } from '../lib/me';
import {
  calendarMenu,
  canEditCatalogue,
  canRead,
  defaultMunicipality,
  firstSchool,
  planMenu,
  visibleMenu,
  type MenuKey,
} from '../lib/permissions';
import { useMunicipalities } from '../lib/queries';
import { RecommendationsBadge } from '../lib/ui/RecommendationsBadge';
import { present } from '../lib/present';

const { Header, Sider, Content } = Layout;

const ICONS: Record<MenuKey, React.ReactNode> = {
  dashboard: <DashboardOutlined />,
  entry: <EditOutlined />,
  targets: <FlagOutlined />,
  upload: <UploadOutlined />,
  compare: <BarChartOutlined />,
  catalogue: <BookOutlined />,
  approvals: <CheckSquareOutlined />,
  schools: <HomeOutlined />,
  groups: <UnorderedListOutlined />,
  risk: <WarningOutlined />,
  rating: <TrophyOutlined />,
  school: <TeamOutlined />,
  schoolEntry: <FormOutlined />,
  plans: <ProjectOutlined />,
  activities: <CalendarOutlined />,
  due: <ClockCircleOutlined />,
  regionPlans: <ClusterOutlined />,
  recommendations: <SendOutlined />,
  schoolRecommendations: <MailOutlined />,
  report: <FileTextOutlined />,
  history: <HistoryOutlined />,
  territory: <GlobalOutlined />,
  users: <IdcardOutlined />,
};

function pathFor(key: MenuKey, code: string | undefined, school: string | undefined, admin = false): string {
  const m = code ? `/municipalities/${encodeURIComponent(code)}` : '';
  switch (key) {
    case 'history':
      return `${m}/history`;
    case 'territory':
      // the admin keeps every municipality; a municipality's editor its organizations
      return admin || !code ? '/territory' : `/territory/${encodeURIComponent(code)}`;
    case 'users':
      return '/admin/users';
    case 'schools':
      return `${m}/schools`;
    case 'groups':
      return `${m}/groups`;
    case 'risk':
      return `${m}/risk`;
    case 'rating':
      return `${m}/ratings`;
    case 'school':
      return school ?? '/';
    case 'schoolEntry':
      return school ? `${school}/entry` : '/';
    case 'schoolRecommendations':
      return school ? `${school}/recommendations` : '/';
    case 'recommendations':
      return `${m}/recommendations`;
    case 'report':
      return `${m}/report`;
    case 'dashboard':
      return m;
    case 'entry':
      return `${m}/entry`;
    case 'targets':
      return `${m}/targets`;
    case 'upload':
      return `${m}/upload`;
    case 'plans':
      return `${m}/plans`;
    case 'activities':
      return `${m}/activities`;
    case 'due':
      return `${m}/due`;
    case 'regionPlans':
      return '/plans';
    default:
      return `/${key}`;
  }
}

function activeKey(pathname: string, schoolOnly: boolean): MenuKey | undefined {
  if (/^\/municipalities\/[^/]+\/schools\/[^/]+\/entry/.test(pathname)) return schoolOnly ? 'schoolEntry' : 'schools';
  if (/^\/municipalities\/[^/]+\/schools\/[^/]+\/recommendations/.test(pathname)) return schoolOnly ? 'schoolRecommendations' : 'schools';
  if (/^\/municipalities\/[^/]+\/recommendations/.test(pathname)) return 'recommendations';
  if (/^\/municipalities\/[^/]+\/report/.test(pathname)) return 'report';
  if (/^\/municipalities\/[^/]+\/schools\/[^/]+/.test(pathname)) return schoolOnly ? 'school' : 'schools';
  if (/^\/municipalities\/[^/]+\/(schools|rankings)/.test(pathname)) return 'schools';
  if (/^\/municipalities\/[^/]+\/groups/.test(pathname)) return 'groups';
  if (/^\/municipalities\/[^/]+\/(risk|rules)/.test(pathname)) return 'risk';
  if (/^\/municipalities\/[^/]+\/ratings/.test(pathname)) return 'rating';
  if (/^\/municipalities\/[^/]+\/entry/.test(pathname)) return 'entry';
  if (/^\/municipalities\/[^/]+\/targets/.test(pathname)) return 'targets';
  if (/^\/municipalities\/[^/]+\/upload/.test(pathname)) return 'upload';
  if (/^\/municipalities\/[^/]+\/plans/.test(pathname)) return 'plans';
  if (/^\/municipalities\/[^/]+\/activities/.test(pathname)) return 'activities';
  if (/^\/municipalities\/[^/]+\/history/.test(pathname)) return 'history';
  if (/^\/municipalities\/[^/]+\/due/.test(pathname)) return 'due';
  if (/^\/territory/.test(pathname)) return 'territory';
  if (/^\/admin\/users/.test(pathname)) return 'users';
  if (/^\/plans/.test(pathname)) return 'regionPlans';
  if (/^\/activities/.test(pathname)) return 'activities';
  if (/^\/due/.test(pathname)) return 'due';
  if (/^\/municipalities\/[^/]+/.test(pathname)) return 'dashboard';
  const first = pathname.split('/')[1];
  return (['compare', 'catalogue', 'approvals'] as string[]).includes(first) ? (first as MenuKey) : undefined;
}

/** The frame of every page; `bell` is the notifications' bell in the header (wired by routes.tsx). */
export function AppLayout({ bell }: { bell?: React.ReactNode } = {}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const munis = useMunicipalities();
  const match = useMatch('/municipalities/:code/*');
  const routeCode = match?.params.code;
  const [lastCode, setLastCode] = useState<string | undefined>(undefined);
  const [collapsed, setCollapsed] = useState<boolean | undefined>(undefined);
  const [drawerOpen, setDrawerOpen] = useState(false);

  // Remember the last municipality visited, for the menu on pages without one (set while
  // rendering, as React advises for state derived from props, not in an effect).
  if (routeCode && routeCode !== lastCode && canRead(me, routeCode)) setLastCode(routeCode);

  const knownCodes = munis.data?.items.map((m) => m.code).filter(present) ?? [];
  const code = (routeCode && canRead(me, routeCode) ? routeCode : undefined) ?? lastCode ?? defaultMunicipality(me, knownCodes);
  const readableMunis = useMemo(() => (munis.data?.items ?? []).filter((m) => canRead(me, m.code)), [munis.data, me]);

  const mySchool = firstSchool(me);
  const schoolPath = mySchool
    ? `/municipalities/${encodeURIComponent(mySchool.municipality)}/schools/${encodeURIComponent(mySchool.code)}`
    : undefined;
  const baseMenu = visibleMenu(me, code);
  // the plans' entries go after the municipality's own pages (before «Сравнение» and the catalogue)
  const planAt = baseMenu.includes('rating') ? baseMenu.indexOf('rating') + 1 : baseMenu.indexOf('catalogue');
  const menu = [...baseMenu.slice(0, planAt), ...planMenu(me, code), ...calendarMenu(me, code), ...baseMenu.slice(planAt)];
  const items = menu.map((key) => ({
    key,
    icon: ICONS[key],
    label: (
      <Link to={pathFor(key, code, schoolPath, canEditCatalogue(me))} onClick={() => setDrawerOpen(false)}>
        {t(`menu.${key}`)}
        {key === 'recommendations' && <RecommendationsBadge municipality={code} />}
        {key === 'schoolRecommendations' && <RecommendationsBadge municipality={mySchool?.municipality} organization={mySchool?.code} />}
      </Link>
    ),
  }));

  const isCollapsed = collapsed ?? !screens.lg;
  // On a phone (below 768 px) the menu is a drawer opened from the header, so that it never covers the page.
  const phone = screens.md === false;
  const menuNode = (
    <Menu theme="dark" mode="inline" selectedKeys={[activeKey(location.pathname, menu.includes('school')) ?? '']} items={items} />
  );

  const switchMunicipality = (next: string) => {
    const rest = routeCode ? location.pathname.replace(/^\/municipalities\/[^/]+/, '') : '';
    // keep the same screen (dashboard, entry, targets, upload, schools, registers) when switching
    const keep =
      /^\/(entry|targets|upload|groups|rankings|risk|rules|ratings|plans|activities|due|recommendations|report)/.exec(rest)?.[0] ??
      (/^\/schools/.test(rest) ? '/schools' : '');
    navigate(`/municipalities/${encodeURIComponent(next)}${keep}`);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          rootClassName="orientir-menu-drawer no-print"
        >
          <nav aria-label={t('menu.label')}>
            <div className="orientir-logo">{t('app.name')}</div>
            {menuNode}
          </nav>
        </Drawer>
      ) : (
        <Sider
          collapsible
          collapsed={isCollapsed}
          onCollapse={(c) => setCollapsed(c)}
          breakpoint="lg"
          collapsedWidth={64}
          width={232}
          aria-label={t('menu.label')}
          className="orientir-sider"
        >
          <div className="orientir-logo">{isCollapsed ? 'О' : t('app.name')}</div>
          {menuNode}
        </Sider>
      )}
      <Layout>
        <Header className="orientir-header">
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('menu.open')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              data-testid="menu-open"
            />
          )}
          {readableMunis.length > 1 ? (
            <Select
              aria-label={t('header.municipality')}
              style={{ minWidth: phone ? 0 : 200, maxWidth: 320, flex: phone ? 1 : undefined }}
              value={code}
              onChange={switchMunicipality}
              showSearch={{ optionFilterProp: 'label' }}
              options={readableMunis.map((m) => ({ value: m.code, label: m.name }))}
              data-testid="municipality-select"
            />
          ) : (
            <Typography.Text strong>{readableMunis[0]?.name ?? ''}</Typography.Text>
          )}
          <span className="spacer" />
          <Segmented
            size="small"
            aria-label={t('header.language')}
            value={i18n.language.startsWith('en') ? 'en' : 'ru'}
            onChange={(v) => setLang(v as Lang)}
            options={[
              { value: 'ru', label: 'RU' },
              { value: 'en', label: 'EN' },
            ]}
          />
          {bell}
          <Space size={4} className="hide-tablet">
            <UserOutlined aria-hidden />
            <span data-testid="user-name">{me.name || me.username}</span>
          </Space>
          <Tooltip title={t('header.logout')}>
            <Button icon={<LogoutOutlined />} onClick={logout} aria-label={t('header.logout')} data-testid="logout">
              <span className="hide-tablet">{t('header.logout')}</span>
            </Button>
          </Tooltip>
        </Header>
        <Content className="orientir-content">
          <Outlet />
        </Content>
        <Layout.Footer className="orientir-footer" style={{ textAlign: 'center', padding: '8px 16px', color: '#8c8c8c' }}>
          <AuditOutlined aria-hidden /> {t('app.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
