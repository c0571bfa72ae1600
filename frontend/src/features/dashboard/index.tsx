import { App, Button, Card, Collapse, Empty, Input, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { AttainmentStatus, StatusCounts } from '../../api/types';
import { download } from '../../lib/api';
import { STATUSES } from '../../lib/attainment';
import { useMe } from '../../lib/me';
import { canWrite } from '../../lib/permissions';
import { useDataYears, useMunicipalities } from '../../lib/queries';
import { PeriodBanner } from '../../lib/ui/PeriodBanner';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { useAttainment, useSummary, useTrends } from './api';
import { AreaChart } from './components/AreaChart';
import { IndicatorTable } from './components/IndicatorTable';
import { SummaryCards } from './components/SummaryCards';
import { applyFilters, areaBars, chooseYear, splitByTarget, toRows, trendIndex, yearsWithValues, type AreaGroup } from './model';

export default function DashboardPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const years = useDataYears(code);
  const munis = useMunicipalities();
  const name = munis.data?.items.find((m) => m.code === code)?.name ?? (munis.isLoading ? undefined : code);
  const chosen = chooseYear(Number(params.get('year')) || undefined, years.data, years.isLoading);
  const year = chosen.year;
  const area = params.get('area') ?? undefined;
  const status = (params.get('status') as AttainmentStatus | null) ?? undefined;
  const q = params.get('q') ?? '';
  const [showWithout, setShowWithout] = useState(false);

  const attainment = useAttainment(code, year);
  const summary = useSummary(code, year);
  const trends = useTrends(code, year);

  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  const noArea = t('dashboard.noArea');
  const allRows = useMemo(() => toRows(attainment.data?.items ?? [], noArea), [attainment.data, noArea]);
  const areas = useMemo(() => [...new Set(allRows.map((r) => r.area))], [allRows]);
  const parts = useMemo(() => splitByTarget(applyFilters(allRows, { area, status, q })), [allRows, area, status, q]);
  const bars = useMemo(() => areaBars(summary.data?.byArea, noArea), [summary.data, noArea]);
  const trendMap = useMemo(() => trendIndex(trends.data?.items), [trends.data]);

  // the title waits for the year and the name: it never shows a year (or a code) it changes a moment later
  if (!year || name === undefined) {
    return (
      <div data-testid="dashboard-loading">
        <Skeleton.Input active style={{ width: 420, marginBottom: 16 }} />
        <Loading />
      </div>
    );
  }

  const counts: StatusCounts = summary.data ?? {
    met: allRows.filter((r) => r.status === 'met').length,
    notMet: allRows.filter((r) => r.status === 'not_met').length,
    noData: allRows.filter((r) => r.status === 'no_data').length,
    noTarget: allRows.filter((r) => r.status === 'no_target').length,
  };

  const table = (g: AreaGroup) => (
    <Card key={g.area} size="small" title={g.area} style={{ marginBottom: 16 }} styles={{ body: { padding: 0 } }}>
      <IndicatorTable
        code={code}
        year={year}
        rows={g.rows}
        trends={trendMap}
        trendsLoading={trends.isLoading}
        trendsFailed={!!trends.error}
      />
    </Card>
  );
  // without any target (or when asked for them) the rows without one are the page: shown, not folded
  const unfold = showWithout || status === 'no_target' || parts.withTargets.length === 0;

  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title" data-year={year}>
            {t('dashboard.title', { name, year })}
          </Typography.Title>
          {chosen.reason !== 'chosen' && (
            <Typography.Text type="secondary" data-testid="year-reason" data-reason={chosen.reason}>
              {t(`dashboard.yearBecause.${chosen.reason}`)}
            </Typography.Text>
          )}
        </div>
        <Space wrap>
          <YearSelect value={year} onChange={(y) => setParam('year', String(y))} years={yearOptions(yearsWithValues(years.data), year)} />
          <Link to={`/municipalities/${encodeURIComponent(code)}/schools`}>
            <Button data-testid="schools-link">{t('menu.schools')}</Button>
          </Link>
          <Button
            data-testid="plan-fact-xlsx"
            onClick={() =>
              download('/attainment/export', { municipality: code, year, format: 'xlsx' }, `orientir-plan-fakt-${code}-${year}.xlsx`).catch(
                (e: unknown) => message.error(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t('dashboard.planFactXlsx')}
          </Button>
          <Link to={`/municipalities/${encodeURIComponent(code)}/entry/${year}`}>
            <Button type={canWrite(me, code) ? 'primary' : 'default'}>
              {canWrite(me, code) ? t('dashboard.enterData') : t('dashboard.viewData')}
            </Button>
          </Link>
        </Space>
      </Space>
      <PeriodBanner municipality={code} year={year} />
      <SummaryCards counts={counts} active={status} onPick={(s) => setParam('status', s)} />
      <AreaChart bars={bars} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select
            allowClear
            aria-label={t('dashboard.filterArea')}
            placeholder={t('dashboard.filterArea')}
            style={{ minWidth: 240 }}
            value={area}
            onChange={(v) => setParam('area', v)}
            options={areas.map((a) => ({ value: a, label: a }))}
          />
          <Select
            allowClear
            aria-label={t('dashboard.filterStatus')}
            placeholder={t('dashboard.filterStatus')}
            style={{ minWidth: 180 }}
            value={status}
            onChange={(v) => setParam('status', v)}
            options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <Input.Search
            allowClear
            aria-label={t('dashboard.search')}
            placeholder={t('dashboard.search')}
            defaultValue={q}
            onSearch={(v) => setParam('q', v)}
            style={{ width: 260 }}
          />
        </Space>
      </Card>
      {attainment.isLoading ? (
        <Loading />
      ) : attainment.error ? (
        <ErrorState error={attainment.error} onRetry={() => attainment.refetch()} />
      ) : parts.withTargets.length === 0 && parts.withoutCount === 0 ? (
        <Empty description={allRows.length === 0 ? t('dashboard.empty') : t('dashboard.noMatch')} />
      ) : (
        <>
          {parts.withTargets.map(table)}
          {parts.withoutCount > 0 &&
            (parts.withTargets.length === 0 ? (
              <>
                <Typography.Paragraph type="secondary" data-testid="no-targets-note">
                  {t('dashboard.noTargetsAtAll')}
                </Typography.Paragraph>
                {parts.withoutTargets.map(table)}
              </>
            ) : (
              <Collapse
                data-testid="without-targets"
                activeKey={unfold ? ['without'] : []}
                onChange={(keys) => setShowWithout((Array.isArray(keys) ? keys : [keys]).includes('without'))}
                items={[
                  {
                    key: 'without',
                    label: (
                      <span data-testid="without-targets-toggle" data-count={parts.withoutCount}>
                        {t('dashboard.withoutTargets', { count: parts.withoutCount })}
                      </span>
                    ),
                    extra: (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('dashboard.withoutTargetsHint')}
                      </Typography.Text>
                    ),
                    children: parts.withoutTargets.map(table),
                  },
                ]}
                style={{ marginBottom: 16 }}
              />
            ))}
        </>
      )}
    </div>
  );
}
