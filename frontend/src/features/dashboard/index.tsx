import { App, Button, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { SchoolAttainment } from '../../api/pending';
import type { AttainmentStatus, StatusCounts } from '../../api/types';
import { download } from '../../lib/api';
import { renderTarget, STATUSES } from '../../lib/attainment';
import { formatSigned, formatValue } from '../../lib/format';
import { useMe } from '../../lib/me';
import { canWrite } from '../../lib/permissions';
import { useMunicipalityName, useYearsWithData } from '../../lib/queries';
import { isSchoolYearLabel } from '../../lib/schoolYear';
import { Fact } from '../../lib/ui/Fact';
import { PeriodBanner } from '../../lib/ui/PeriodBanner';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { useAttainment, useSummary } from './api';
import { SummaryCards } from './components/SummaryCards';
import { TrendCell } from './components/TrendCell';
import { applyFilters, groupByArea, toRows, type DashboardRow } from './model';
import { useIndicatorNames } from '../../lib/names';

export default function DashboardPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const indicatorName = useIndicatorNames();
  const me = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const years = useYearsWithData(code);
  const name = useMunicipalityName(code);
  const paramYear = Number(params.get('year')) || undefined;
  const year = paramYear ?? years.latest ?? (years.loading ? undefined : new Date().getFullYear() - 1);
  const area = params.get('area') ?? undefined;
  const status = (params.get('status') as AttainmentStatus | null) ?? undefined;
  const q = params.get('q') ?? '';

  const attainment = useAttainment(code, year);
  const summary = useSummary(code, year);

  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  const noArea = t('dashboard.noArea');
  const allRows = useMemo(() => toRows(attainment.data?.items ?? [], noArea), [attainment.data, noArea]);
  const areas = useMemo(() => [...new Set(allRows.map((r) => r.area))], [allRows]);
  const groups = useMemo(() => groupByArea(applyFilters(allRows, { area, status, q })), [allRows, area, status, q]);

  if (!year) return <Loading />;

  const counts: StatusCounts = summary.data ?? {
    met: allRows.filter((r) => r.status === 'met').length,
    notMet: allRows.filter((r) => r.status === 'not_met').length,
    noData: allRows.filter((r) => r.status === 'no_data').length,
    noTarget: allRows.filter((r) => r.status === 'no_target').length,
  };

  const columns = [
    {
      title: t('dashboard.indicator'),
      key: 'name',
      minWidth: 220,
      render: (_: unknown, r: DashboardRow) => (
        <Link
          to={`/municipalities/${encodeURIComponent(code)}/indicators/${encodeURIComponent(r.indicator)}`}
          data-testid={`indicator-link-${r.indicator}`}
        >
          <Typography.Text type="secondary" style={{ marginRight: 6 }}>
            {r.indicator}
          </Typography.Text>
          {indicatorName(r.indicator, r.name)}
          {isSchoolYearLabel(r.row?.year, (r.row as SchoolAttainment | undefined)?.yearLabel) && (
            <Tag color="purple" style={{ marginLeft: 6 }} data-testid={`year-label-${r.indicator}`}>
              {(r.row as SchoolAttainment).yearLabel}
            </Tag>
          )}
        </Link>
      ),
    },
    {
      title: t('dashboard.fact'),
      key: 'fact',
      width: 120,
      align: 'right' as const,
      render: (_: unknown, r: DashboardRow) =>
        r.row ? (
          <Fact value={r.row.fact} unit={r.row.unit} decimals={r.row.decimals} qualifier={r.row.qualifier} testId={`fact-${r.indicator}`} />
        ) : (
          <Typography.Text type="secondary">{t('dashboard.byOrganizations')}</Typography.Text>
        ),
    },
    {
      title: t('dashboard.target'),
      key: 'target',
      width: 120,
      align: 'right' as const,
      render: (_: unknown, r: DashboardRow) => (
        <span className="num">{r.row ? renderTarget(r.row.target, r.row.unit, r.row.decimals, i18n.language) : '—'}</span>
      ),
    },
    {
      title: t('dashboard.status'),
      key: 'status',
      width: 150,
      render: (_: unknown, r: DashboardRow) => (
        <Space size={2} wrap>
          <StatusTag status={r.status} testId={`status-${r.indicator}`} />
          {r.schools ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`schools-met-${r.indicator}`}>
              {t('dashboard.schoolsMet', { met: r.schools.met, total: r.schools.total })}
            </Typography.Text>
          ) : (
            r.orgCounts && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard.orgMet', { met: r.orgCounts.met, total: Object.values(r.orgCounts).reduce((a, b) => a + b, 0) })}
              </Typography.Text>
            )
          )}
          {r.bySchool && (
            <Link
              to={`/municipalities/${encodeURIComponent(code)}/rankings/${encodeURIComponent(r.indicator)}?year=${year}`}
              style={{ fontSize: 12 }}
              data-testid={`ranking-link-${r.indicator}`}
            >
              {t('dashboard.ranking')}
            </Link>
          )}
        </Space>
      ),
    },
    {
      title: t('dashboard.deviation'),
      key: 'deviation',
      width: 110,
      align: 'right' as const,
      responsive: ['xl' as const],
      render: (_: unknown, r: DashboardRow) => (
        <span className="num">{formatSigned(r.row?.deviation ?? null, r.row?.decimals, i18n.language)}</span>
      ),
    },
    {
      title: t('entry.score'),
      key: 'score',
      width: 80,
      align: 'right' as const,
      responsive: ['xl' as const],
      render: (_: unknown, r: DashboardRow) => (
        <span className="num" data-testid={`score-${r.indicator}`}>
          {r.row?.score === undefined || r.row?.score === null ? '—' : formatValue(r.row.score, null, 1, i18n.language)}
        </span>
      ),
    },
    {
      title: t('dashboard.trend'),
      key: 'trend',
      width: 108,
      render: (_: unknown, r: DashboardRow) => <TrendCell indicator={r.indicator} municipality={code} year={year} name={r.name} />,
    },
  ];

  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('dashboard.title', { name, year })}
        </Typography.Title>
        <Space wrap>
          <YearSelect value={year} onChange={(y) => setParam('year', String(y))} years={yearOptions(years.years, year)} />
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
      ) : groups.length === 0 ? (
        <Empty description={allRows.length === 0 ? t('dashboard.empty') : t('dashboard.noMatch')} />
      ) : (
        groups.map((g) => (
          <Card key={g.area} size="small" title={g.area} style={{ marginBottom: 16 }} styles={{ body: { padding: 0 } }}>
            <Table<DashboardRow>
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={g.rows}
              pagination={false}
              scroll={{ x: 700 }}
              onRow={(r) => ({ 'data-testid': `row-${r.indicator}` }) as React.HTMLAttributes<HTMLTableRowElement>}
            />
          </Card>
        ))
      )}
    </div>
  );
}
