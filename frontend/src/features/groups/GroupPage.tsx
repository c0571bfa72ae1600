import { Alert, Breadcrumb, Card, Descriptions, Empty, Select, Space, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { GroupProgressYear } from '../../api/pending';
import { averageDecimals, formatNumber, formatValue } from '../../lib/format';
import { present } from '../../lib/present';
import { useIndicator, useIndicators, useMunicipalityName, useOrganizations } from '../../lib/queries';
import { yearText } from '../../lib/schoolYear';
import { ErrorState, Loading } from '../../lib/ui/states';
import { useGroup, useGroupProgress } from './api';
import { gapTrend, progressOption, yearsText } from './model';

const EChart = lazy(() => import('../../lib/charts/EChart').then((m) => ({ default: m.EChart })));

/** One register: its schools against the rest of the municipality, year by year, on one indicator. */
export default function GroupPage() {
  const { code = '', group = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const name = useMunicipalityName(code);
  const g = useGroup(code, group);
  const orgs = useOrganizations(code);
  const indicators = useIndicators({ level: 'organization', status: 'active' });
  const indicator = params.get('indicator') ?? undefined;
  const category = params.get('category') ?? undefined;
  const ind = useIndicator(indicator);
  const progress = useGroupProgress(code, group, indicator, category);
  const m = `/municipalities/${encodeURIComponent(code)}`;
  const unit = progress.data?.unit ?? ind.data?.unit;
  const decimals = ind.data?.decimals;
  const years = useMemo(() => [...(progress.data?.years ?? [])].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)), [progress.data]);
  // every figure of the page is an average: one place more than whole figures
  const fmt = (v: number | null | undefined) => formatValue(v, unit, averageDecimals(decimals), lang);
  const option = useMemo(
    () =>
      progressOption(
        years,
        { group: t('groups.progress.group'), rest: t('groups.progress.rest'), municipality: t('groups.progress.municipality') },
        (v) => formatValue(v, unit, averageDecimals(decimals), lang),
      ),
    [years, t, unit, decimals, lang],
  );
  const trend = gapTrend(years, progress.data?.polarity ?? ind.data?.polarity ?? 'higher');

  if (g.isLoading) return <Loading />;
  if (g.error || !g.data) return <ErrorState error={g.error} onRetry={() => g.refetch()} />;
  const orgName = new Map((orgs.data?.items ?? []).map((o) => [o.code, o.name]));

  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  const words = (() => {
    if (trend.kind === 'unknown') return t('groups.progress.unknown');
    const p = {
      // The sentence tells the size of the gap; its sign (the server's group − rest) is in the table.
      from: formatNumber(Math.abs(trend.from), decimals, lang),
      to: formatNumber(Math.abs(trend.to), decimals, lang),
      fromYear: yearText(trend.fromYear, trend.fromLabel),
      toYear: yearText(trend.toYear, trend.toLabel),
    };
    return t(`groups.progress.${trend.kind}`, p);
  })();

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={m}>{name}</Link> },
          { title: <Link to={`${m}/groups`}>{t('menu.groups')}</Link> },
          { title: g.data.name },
        ]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {g.data.name}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('groups.years')}>{yearsText(g.data)}</Descriptions.Item>
          <Descriptions.Item label={t('groups.code')}>{g.data.code}</Descriptions.Item>
          {g.data.description && <Descriptions.Item label={t('groups.description')}>{g.data.description}</Descriptions.Item>}
          <Descriptions.Item label={t('groups.schools')} span="filled">
            {(g.data.organizations ?? []).length === 0 ? (
              '—'
            ) : (
              // one inline run of text: the item's content lays its children out as columns
              <span data-testid="group-schools">
                {(g.data.organizations ?? []).map((o, i) => (
                  <span key={o}>
                    {i > 0 && ', '}
                    <Link to={`${m}/schools/${encodeURIComponent(o)}`}>{orgName.get(o) ?? o}</Link>
                  </span>
                ))}
              </span>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            aria-label={t('dashboard.indicator')}
            placeholder={t('ranking.pickIndicator')}
            style={{ minWidth: 360, maxWidth: 560 }}
            value={indicator}
            loading={indicators.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(v) => setParam('indicator', v)}
            options={(indicators.data?.items ?? [])
              .filter((i) => present(i.code))
              .map((i) => ({ value: i.code, label: `${i.code} — ${i.nameRu}` }))}
            data-testid="group-indicator"
          />
        </Space>
      </Card>
      {!indicator ? (
        <Alert type="info" showIcon title={t('groups.progress.pick')} />
      ) : progress.isLoading ? (
        <Loading />
      ) : progress.error ? (
        <ErrorState error={progress.error} onRetry={() => progress.refetch()} />
      ) : years.length === 0 ? (
        <Empty description={t('groups.progress.empty')} />
      ) : (
        <>
          <Alert
            type={trend.kind === 'closing' ? 'success' : trend.kind === 'widening' ? 'warning' : 'info'}
            showIcon
            title={words}
            style={{ marginBottom: 12 }}
            data-testid="group-trend"
            data-trend={trend.kind}
          />
          <Card size="small" style={{ marginBottom: 12 }}>
            <Suspense fallback={<Loading />}>
              <EChart option={option} label={t('groups.progress.chartLabel', { name: g.data.name })} testId="group-chart" height={300} />
            </Suspense>
          </Card>
          <Table<GroupProgressYear>
            size="small"
            rowKey={(y) => String(y.year)}
            dataSource={[...years].reverse()}
            pagination={false}
            columns={[
              { title: t('common.year'), key: 'year', width: 100, render: (_, y) => yearText(y.year, y.yearLabel) },
              {
                title: t('groups.progress.group'),
                key: 'group',
                align: 'right',
                render: (_, y) => <Avg value={fmt(y.groupAverage)} count={y.groupCount} />,
              },
              {
                title: t('groups.progress.rest'),
                key: 'rest',
                align: 'right',
                render: (_, y) => <Avg value={fmt(y.restAverage)} count={y.restCount} />,
              },
              {
                title: t('groups.progress.municipality'),
                key: 'muni',
                align: 'right',
                render: (_, y) => <span className="num">{fmt(y.municipalAverage)}</span>,
              },
              {
                title: t('groups.progress.gap'),
                key: 'gap',
                align: 'right',
                render: (_, y) => <span className="num">{formatNumber(y.gap, averageDecimals(decimals), lang)}</span>,
              },
            ]}
          />
        </>
      )}
    </div>
  );
}

function Avg({ value, count }: { value: string; count: number | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="num">
      {value}
      {count !== undefined && <Typography.Text type="secondary"> ({t('groups.progress.schoolsCount', { count })})</Typography.Text>}
    </span>
  );
}
