import { Breadcrumb, Card, Col, Empty, Result, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { PublicAttainmentRow, PublicTrendPoint } from '../../api/pending';
import type { SeriesPoint } from '../../api/types';
import { renderTarget, STATUS_HEX } from '../../lib/attainment';
import { isApiError } from '../../lib/api';
import { formatDate, formatSigned, formatValue } from '../../lib/format';
import { PUBLIC_PREFIX, publicPagePath } from '../../lib/publicPath';
import { Fact } from '../../lib/ui/Fact';
import { Sparkline } from '../../lib/ui/Sparkline';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading } from '../../lib/ui/states';
import { usePublicAttainment, usePublicMunicipality, usePublicSummary, usePublicTrends } from './api';
import { trendOption } from './chart';
import { AreaBars } from '../../lib/ui/AreaBars';
import { areaBars, byArea, chooseYear, rowName, trendIndex, trendKey } from './model';

const EChart = lazy(() => import('../../lib/charts/EChart').then((m) => ({ default: m.EChart })));

/** /public/:municipality/:year: the published plan and fact of an approved year, per area, with charts. */
export function PublicMunicipalityPage() {
  const { municipality = '', year: yearParam } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const info = usePublicMunicipality(municipality);
  const chosen = chooseYear(yearParam, info.data?.years);
  const year = chosen.published ? chosen.year : undefined;
  const attainment = usePublicAttainment(municipality, year);
  const summary = usePublicSummary(municipality, year);
  const trends = usePublicTrends(municipality, year);
  const noArea = t('dashboard.noArea');
  const groups = useMemo(() => byArea(attainment.data?.items ?? [], noArea), [attainment.data, noArea]);
  const bars = useMemo(() => areaBars(summary.data?.byArea, noArea), [summary.data, noArea]);
  const trendMap = useMemo(() => trendIndex(trends.data), [trends.data]);

  if (info.isLoading) return <Loading />;
  if (isApiError(info.error, 404)) {
    return (
      <Result
        status="info"
        title={t('public.notPublishedTitle')}
        subTitle={t('public.notPublished')}
        extra={<Link to={PUBLIC_PREFIX}>{t('public.toList')}</Link>}
        data-testid="public-not-published"
      />
    );
  }
  if (info.error || !info.data) return <ErrorState error={info.error} onRetry={() => info.refetch()} />;
  const m = info.data;
  const lang = i18n.language;

  const header = (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={PUBLIC_PREFIX}>{t('public.listTitle')}</Link> }, { title: m.name }]}
      />
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="page-title" data-year={year}>
            {year ? t('public.title', { name: m.name, year }) : m.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {m.regionName}
            {attainment.data?.publishedAt ? ` · ${t('public.publishedAt', { date: formatDate(attainment.data.publishedAt, lang) })}` : ''}
          </Typography.Text>
        </div>
        <Select
          aria-label={t('common.year')}
          style={{ width: 120 }}
          value={year ?? chosen.year}
          onChange={(y: number) => navigate(publicPagePath(m.code, y))}
          options={m.years.map((y) => ({ value: y.year, label: String(y.year) }))}
          data-testid="public-year"
        />
      </Space>
    </>
  );

  if (!chosen.published) {
    return (
      <div>
        {header}
        <Result status="info" title={t('public.yearNotPublished', { year: chosen.year })} data-testid="public-not-published" />
      </div>
    );
  }
  if (attainment.isLoading) return <Loading />;
  if (attainment.error) return <ErrorState error={attainment.error} onRetry={() => attainment.refetch()} />;

  const s = summary.data;
  return (
    <div>
      {header}
      <Typography.Paragraph type="secondary">{t('public.about')}</Typography.Paragraph>
      {s && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          {(
            [
              ['met', s.met],
              ['not_met', s.notMet],
              ['no_data', s.noData],
              ['no_target', s.noTarget],
            ] as const
          ).map(([status, n]) => (
            <Col xs={12} md={6} key={status}>
              <Card size="small">
                <Statistic
                  title={t(`status.${status}`)}
                  value={n}
                  styles={{ content: { color: STATUS_HEX[status] } }}
                  data-testid={`public-count-${status}`}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {bars.length > 0 && (
        <Card size="small" title={t('dashboard.areaChart')} style={{ marginBottom: 16 }}>
          <AreaBars bars={bars} label={t('dashboard.areaChartLabel')} testId="public-area-chart" />
        </Card>
      )}
      {groups.length === 0 ? (
        <Empty description={t('public.nothingPublished')} />
      ) : (
        groups.map((g) => (
          <Card key={g.area} size="small" title={g.area} style={{ marginBottom: 16 }} styles={{ body: { padding: 0 } }}>
            <PublicTable rows={g.rows} trends={trendMap} />
          </Card>
        ))
      )}
    </div>
  );
}

/** One area's published indicators: unit, target with its comparator, fact, status, deviation and trend. */
function PublicTable({ rows, trends }: { rows: PublicAttainmentRow[]; trends: Map<string, PublicTrendPoint[]> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns = [
    {
      title: t('dashboard.indicator'),
      key: 'name',
      minWidth: 240,
      render: (_: unknown, r: PublicAttainmentRow) => <span>{rowName(r)}</span>,
    },
    {
      title: t('public.unit'),
      key: 'unit',
      width: 110,
      render: (_: unknown, r: PublicAttainmentRow) => t(`unitName.${r.unit}`, { defaultValue: r.unit }),
    },
    {
      title: t('dashboard.target'),
      key: 'target',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, r: PublicAttainmentRow) => (
        <span className="num" data-testid={`public-target-${r.indicator}`}>
          {renderTarget(r.target ?? null, r.unit, r.decimals, lang)}
        </span>
      ),
    },
    {
      title: t('dashboard.fact'),
      key: 'fact',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, r: PublicAttainmentRow) => (
        <Fact value={r.fact ?? null} unit={r.unit} decimals={r.decimals} qualifier={r.qualifier} testId={`public-fact-${r.indicator}`} />
      ),
    },
    {
      title: t('dashboard.status'),
      key: 'status',
      width: 170,
      render: (_: unknown, r: PublicAttainmentRow) => (
        <Space size={2} wrap>
          <StatusTag status={r.status} testId={`public-status-${r.indicator}`} />
          {r.schools && r.schools.total > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.schoolsMet', { met: r.schools.met, total: r.schools.total })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('dashboard.deviation'),
      key: 'deviation',
      width: 110,
      align: 'right' as const,
      responsive: ['lg' as const],
      render: (_: unknown, r: PublicAttainmentRow) => <span className="num">{formatSigned(r.deviation ?? null, r.decimals, lang)}</span>,
    },
    {
      title: t('dashboard.trend'),
      key: 'trend',
      width: 108,
      render: (_: unknown, r: PublicAttainmentRow) => (
        <Sparkline
          points={(trends.get(trendKey(r.indicator, r.category)) ?? []) as unknown as SeriesPoint[]}
          label={t('public.trendOf', { name: r.indicatorName })}
        />
      ),
    },
  ];
  return (
    <Table<PublicAttainmentRow>
      size="small"
      rowKey={(r) => trendKey(r.indicator, r.category)}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 760 }}
      expandable={{
        rowExpandable: (r) => (trends.get(trendKey(r.indicator, r.category))?.length ?? 0) > 1,
        expandedRowRender: (r) => <TrendChart points={trends.get(trendKey(r.indicator, r.category)) ?? []} row={r} />,
      }}
      onRow={(r) => ({ 'data-testid': `public-row-${r.indicator}` }) as React.HTMLAttributes<HTMLTableRowElement>}
    />
  );
}

function TrendChart({ points, row }: { points: PublicTrendPoint[]; row: PublicAttainmentRow }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(
    () =>
      trendOption(points, { fact: t('dashboard.fact'), target: t('dashboard.target') }, (v) =>
        formatValue(v, row.unit, row.decimals, i18n.language),
      ),
    [points, row, t, i18n.language],
  );
  return (
    <Suspense fallback={<Loading />}>
      <EChart
        option={option}
        height={220}
        label={t('public.trendOf', { name: row.indicatorName })}
        testId={`public-trend-${row.indicator}`}
      />
    </Suspense>
  );
}
