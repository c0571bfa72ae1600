import { Alert, Breadcrumb, Card, Col, Descriptions, Row, Table, Tabs, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Value } from '../../api/types';
import { renderTarget } from '../../lib/attainment';
import { formatValue } from '../../lib/format';
import { present } from '../../lib/present';
import { yearLabels, yearText } from '../../lib/schoolYear';
import { unitLabel } from '../../lib/units';
import { useIndicator, useMunicipalityName, useOrganizations, useSeries } from '../../lib/queries';
import { Fact } from '../../lib/ui/Fact';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { useBaselines, useIndicatorValues, useValueAudit } from './api';
import { hasYear, seriesOption, type YearPoint } from './chart';
import { AuditTable } from './components/AuditTable';

const EChart = lazy(() => import('../../lib/charts/EChart').then((m) => ({ default: m.EChart })));

export default function IndicatorPage() {
  const { code = '', indicator = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const now = new Date().getFullYear();
  const name = useMunicipalityName(code);
  const ind = useIndicator(indicator);
  const series = useSeries({ indicator, municipality: code, yearFrom: now - 12, yearTo: now + 6 });
  const baselines = useBaselines(code, indicator);
  const isOrg = ind.data?.level === 'organization';
  // the values carry the year labels of a school-year indicator ("2019/20"); the series has only the years
  const values = useIndicatorValues(code, indicator, isOrg || ind.data?.periodicity === 'school_year');
  const labels = useMemo(() => yearLabels(values.data?.items ?? []), [values.data]);
  const orgs = useOrganizations(isOrg ? code : undefined);
  const audit = useValueAudit(code, indicator);

  const baseline = useMemo(() => {
    const b = (baselines.data?.items ?? [])
      .filter((x) => !x.organization && x.year !== undefined && x.value !== undefined)
      .sort((a, b) => a.year! - b.year!)[0];
    return b ? { year: b.year!, value: b.value! } : null;
  }, [baselines.data]);

  const points = useMemo(() => (series.data?.items ?? []).filter(hasYear).sort((a, b) => a.year - b.year), [series.data]);
  const unit = ind.data?.unit;
  const decimals = ind.data?.decimals;
  const option = useMemo(
    () =>
      seriesOption(
        points,
        baseline,
        {
          fact: t('indicator.fact'),
          target: t('indicator.target'),
          targetBand: t('indicator.targetBand'),
          baseline: t('indicator.baseline'),
        },
        (v) => formatValue(v, unit, decimals, lang),
        (y) => yearText(y, labels.get(y)),
      ),
    [points, baseline, t, unit, decimals, lang, labels],
  );

  if (ind.isLoading) return <Loading />;
  if (ind.error || !ind.data) return <ErrorState error={ind.error} onRetry={() => ind.refetch()} />;
  const i = ind.data;
  const title = lang.startsWith('en') && i.nameEn ? i.nameEn : i.nameRu;

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={`/municipalities/${encodeURIComponent(code)}`}>{name}</Link> }, { title: i.code }]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {title}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('indicator.chartTitle')}>
            {series.isLoading ? (
              <Loading />
            ) : series.error ? (
              <ProblemAlert error={series.error} onRetry={() => series.refetch()} />
            ) : points.length === 0 && !baseline ? (
              <Alert type="info" showIcon title={t('indicator.noSeries')} />
            ) : (
              <Suspense fallback={<Loading />}>
                <EChart option={option} label={t('indicator.chartLabel', { name: title })} testId="indicator-chart" />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('indicator.about')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('catalogue.area')}>{(lang.startsWith('en') && i.areaEn) || i.area || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('catalogue.unit')}>{unitLabel(t, i.unit)}</Descriptions.Item>
              <Descriptions.Item label={t('catalogue.polarity')}>{i.polarity ? t(`polarity.${i.polarity}`) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('catalogue.level')}>{t(`level.${i.level}`)}</Descriptions.Item>
              {baseline && (
                <Descriptions.Item label={t('indicator.baseline')}>
                  {formatValue(baseline.value, unit, decimals, lang)} ({yearText(baseline.year, labels.get(baseline.year))})
                </Descriptions.Item>
              )}
              {i.formula && <Descriptions.Item label={t('catalogue.formula')}>{i.formula}</Descriptions.Item>}
              {i.source && <Descriptions.Item label={t('catalogue.source')}>{i.source}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Card size="small" style={{ marginTop: 16 }}>
        <Tabs
          items={[
            {
              key: 'years',
              label: t('indicator.years'),
              children: (
                <Table<YearPoint>
                  size="small"
                  rowKey="year"
                  dataSource={points.slice().reverse()}
                  pagination={false}
                  loading={series.isLoading}
                  columns={[
                    {
                      title: t('common.year'),
                      dataIndex: 'year',
                      width: 90,
                      render: (y: number) => (
                        <Link to={`/municipalities/${encodeURIComponent(code)}/entry/${y}`}>{yearText(y, labels.get(y))}</Link>
                      ),
                    },
                    {
                      title: t('dashboard.fact'),
                      key: 'fact',
                      align: 'right',
                      render: (_, p) => <Fact value={p.fact} unit={unit} decimals={decimals} qualifier={p.qualifier} />,
                    },
                    {
                      title: t('dashboard.target'),
                      key: 'target',
                      align: 'right',
                      render: (_, p) => <span className="num">{renderTarget(p.target, unit, decimals, lang)}</span>,
                    },
                    { title: t('dashboard.status'), key: 'status', render: (_, p) => <StatusTag status={p.status} /> },
                  ]}
                />
              ),
            },
            ...(isOrg
              ? [
                  {
                    key: 'orgs',
                    label: t('indicator.byOrganization'),
                    children: (
                      <OrgTable
                        values={values.data?.items ?? []}
                        loading={values.isLoading || orgs.isLoading}
                        error={values.error}
                        orgNames={new Map((orgs.data?.items ?? []).map((o) => [o.code ?? '', o.name ?? o.code ?? '']))}
                        unit={unit}
                        decimals={decimals}
                        labels={labels}
                        schoolPath={(org) => `/municipalities/${encodeURIComponent(code)}/schools/${encodeURIComponent(org)}`}
                      />
                    ),
                  },
                ]
              : []),
            {
              key: 'audit',
              label: t('indicator.history'),
              children: audit.error ? (
                <ProblemAlert error={audit.error} onRetry={() => audit.refetch()} />
              ) : (
                <AuditTable items={audit.data?.items ?? []} decimals={decimals} loading={audit.isLoading} />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

function OrgTable({
  values,
  loading,
  error,
  orgNames,
  unit,
  decimals,
  labels,
  schoolPath,
}: {
  labels: Map<number, string>;
  schoolPath: (org: string) => string;
  values: Value[];
  loading: boolean;
  error: unknown;
  orgNames: Map<string, string>;
  unit?: string;
  decimals?: number | null;
}) {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    const years = [...new Set(values.map((v) => (v.organization ? v.year : undefined)).filter(present))].sort((a, b) => b - a).slice(0, 6);
    const byOrg = new Map<string, Record<number, Value>>();
    for (const v of values) {
      if (!v.organization || v.category || v.year === undefined) continue;
      const r = byOrg.get(v.organization) ?? {};
      r[v.year] = v;
      byOrg.set(v.organization, r);
    }
    return { years, data: [...byOrg].map(([org, byYear]) => ({ org, byYear })) };
  }, [values]);
  if (error) return <ProblemAlert error={error} />;
  return (
    <Table
      size="small"
      rowKey="org"
      loading={loading}
      dataSource={rows.data}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 600 }}
      columns={[
        {
          title: t('indicator.organization'),
          key: 'org',
          render: (_, r) => <Link to={schoolPath(r.org)}>{orgNames.get(r.org) ?? r.org}</Link>,
        },
        ...rows.years.map((y) => ({
          title: yearText(y, labels.get(y)),
          key: String(y),
          align: 'right' as const,
          render: (_: unknown, r: { byYear: Record<number, Value> }) => (
            <Fact value={r.byYear[y]?.value} unit={unit} decimals={decimals} qualifier={r.byYear[y]?.qualifier} />
          ),
        })),
      ]}
    />
  );
}
