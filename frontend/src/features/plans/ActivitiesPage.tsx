import { useQueryClient } from '@tanstack/react-query';
import { App, Breadcrumb, Checkbox, Input, Segmented, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Activity } from '../../api/pending';
import { useMe } from '../../lib/me';
import { canKeepRule } from '../../lib/permissions';
import { useMunicipalityName } from '../../lib/queries';
import { ErrorState, Loading } from '../../lib/ui/states';
import { pk, putActivity, useActivities, usePlanTree, usePlans } from './api';
import { ActivityDrawer } from './components/ActivityDrawer';
import { ActivityEditor } from './components/ActivityEditor';
import { Board } from './components/Board';
import { MonthCalendar } from './components/MonthCalendar';
import { activityQuery, filtersFromSearch, flattenNodes, searchFromFilters, type BoardFilters } from './model';
import { plansUrl } from './paths';

/**
 * The activities of a municipality (or, at /activities, of all the caller reads) as a board by
 * status or a month calendar, filtered by mine / overdue / this month / responsible / plan. Each
 * view is one request (GET /activities with the filters), never one per card.
 */
export default function ActivitiesPage() {
  const { code } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const [sp, setSp] = useSearchParams();
  const name = useMunicipalityName(code);
  const filters = filtersFromSearch(sp);
  const view = sp.get('view') === 'calendar' ? 'calendar' : 'board';
  const query = activityQuery({ ...filters, municipality: code });
  const activities = useActivities(query);
  const plans = usePlans(code);
  const [responsible, setResponsible] = useState(filters.responsible ?? '');
  const [open, setOpen] = useState<Activity | undefined>(undefined);
  const [editing, setEditing] = useState<Activity | undefined>(undefined);

  const set = (patch: Partial<BoardFilters>, nextView = view) => {
    const s = searchFromFilters({ ...filters, ...patch });
    setSp(nextView === 'calendar' ? { ...s, view: 'calendar' } : s, { replace: true });
  };
  const municipalityOf = (a: Activity | undefined) => a?.municipality ?? code ?? null;

  return (
    <div>
      {code && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[{ title: <Link to={`/municipalities/${encodeURIComponent(code)}`}>{name}</Link> }, { title: t('menu.activities') }]}
        />
      )}
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {code ? t('activities.title', { name }) : t('activities.regionTitle')}
        </Typography.Title>
        <Space wrap>
          <Link to={plansUrl(code)}>{t('activities.toPlans')}</Link>
          <Segmented
            value={view}
            onChange={(v) => set({}, v as 'board' | 'calendar')}
            options={[
              { value: 'board', label: t('activities.board') },
              { value: 'calendar', label: t('activities.calendar') },
            ]}
            data-testid="view-switch"
          />
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12 }} data-testid="filters">
        <Checkbox checked={!!filters.mine} onChange={(e) => set({ mine: e.target.checked })} data-testid="filter-mine">
          {t('activities.filterMine')}
        </Checkbox>
        <Checkbox checked={!!filters.overdue} onChange={(e) => set({ overdue: e.target.checked })} data-testid="filter-overdue">
          {t('activities.filterOverdue')}
        </Checkbox>
        <Checkbox checked={!!filters.thisMonth} onChange={(e) => set({ thisMonth: e.target.checked })} data-testid="filter-month">
          {t('activities.filterMonth')}
        </Checkbox>
        <Input.Search
          allowClear
          style={{ width: 280 }}
          value={responsible}
          onChange={(e) => setResponsible(e.target.value)}
          onSearch={(v) => set({ responsible: v.trim() || undefined })}
          placeholder={t('activities.filterResponsible')}
          aria-label={t('activities.filterResponsible')}
          data-testid="filter-responsible"
        />
        <Select
          allowClear
          style={{ width: 300 }}
          value={filters.plan}
          onChange={(v?: string) => set({ plan: v || undefined })}
          placeholder={t('activities.allPlans')}
          aria-label={t('activities.plan')}
          loading={plans.isLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(plans.data?.items ?? []).map((p) => ({ value: p.code, label: p.name }))}
          data-testid="filter-plan"
        />
      </Space>
      {activities.isLoading ? (
        <Loading />
      ) : activities.error ? (
        <ErrorState error={activities.error} onRetry={() => activities.refetch()} />
      ) : (
        <>
          {(activities.data?.total ?? 0) > (activities.data?.items.length ?? 0) && (
            <Typography.Paragraph type="warning">
              {t('activities.truncated', { shown: activities.data?.items.length, total: activities.data?.total })}
            </Typography.Paragraph>
          )}
          {view === 'calendar' ? (
            <MonthCalendar activities={activities.data?.items ?? []} onOpen={setOpen} />
          ) : (
            <Board activities={activities.data?.items ?? []} onOpen={setOpen} />
          )}
        </>
      )}
      <ActivityDrawer
        activity={open}
        editable={canKeepRule(me, municipalityOf(open))}
        onEdit={setEditing}
        onClose={() => setOpen(undefined)}
      />
      <BoardEditor
        activity={editing}
        municipality={municipalityOf(editing)}
        onClose={() => setEditing(undefined)}
        onSaved={(a) => {
          if (open && a && open.code === a.code && open.plan === a.plan) setOpen({ ...open, ...a });
        }}
      />
    </div>
  );
}

/** Editing an activity from the board: its plan's tree gives the node picker (one request, on opening). */
function BoardEditor({
  activity,
  municipality,
  onClose,
  onSaved,
}: {
  activity: Activity | undefined;
  municipality: string | null;
  onClose: () => void;
  onSaved: (a: Activity) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const tree = usePlanTree(activity?.plan ?? '');
  const nodes = useMemo(() => flattenNodes(tree.data?.nodes), [tree.data]);
  return (
    <ActivityEditor
      open={!!activity}
      activity={activity}
      municipality={municipality}
      nodes={nodes}
      onClose={onClose}
      onSave={async (code, body, version) => {
        const saved = await putActivity(activity!.plan, code, body, version);
        message.success(t('activities.saved', { title: body.title }));
        onSaved(saved);
        void qc.invalidateQueries({ queryKey: ['activities'] });
        void qc.invalidateQueries({ queryKey: pk.tree(activity!.plan) });
      }}
    />
  );
}
