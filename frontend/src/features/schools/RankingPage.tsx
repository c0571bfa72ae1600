import { Alert, Breadcrumb, Card, Empty, Select, Space, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { SchoolRankingItem } from '../../api/pending';
import { STATUS_HEX } from '../../lib/attainment';
import { averageDecimals, formatSigned, formatValue } from '../../lib/format';
import { present } from '../../lib/present';
import { useGroups, useIndicator, useIndicators, useMunicipalityName, useYearsWithData } from '../../lib/queries';
import { yearText } from '../../lib/schoolYear';
import { Fact } from '../../lib/ui/Fact';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { useIndicatorAttainment, useRanking } from './api';
import { municipalityRow, rankedItems, rankingOption, schoolsMet, standing, STANDING_COLOR } from './model';

const EChart = lazy(() => import('../../lib/charts/EChart').then((m) => ({ default: m.EChart })));

/** A municipality's schools ranked on one organization-level indicator and year, with the average. */
export default function RankingPage() {
  const { code = '', indicator } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const name = useMunicipalityName(code);
  const years = useYearsWithData(code);
  const indicators = useIndicators({ level: 'organization', status: 'active' });
  const ind = useIndicator(indicator);
  const groups = useGroups(code);
  const paramYear = Number(params.get('year')) || undefined;
  const year = paramYear ?? years.latest ?? (years.loading ? undefined : new Date().getFullYear() - 1);
  const group = params.get('group') ?? undefined;
  const category = params.get('category') ?? undefined;
  const ranking = useRanking({ municipality: code, indicator, year, group, category });
  const rows = useIndicatorAttainment(code, indicator, year);
  const m = `/municipalities/${encodeURIComponent(code)}`;

  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  const r = ranking.data;
  const unit = r?.unit ?? ind.data?.unit;
  const decimals = ind.data?.decimals;
  const items = useMemo(() => rankedItems(r?.items ?? []), [r]);
  const categories = useMemo(
    () =>
      [
        ...new Map(
          (rows.data?.items ?? []).filter((a) => !!a.category).map((a) => [a.category!, a.categoryLabel ?? a.category!]),
        ).entries(),
      ].map(([value, label]) => ({ value, label })),
    [rows.data],
  );
  const met = schoolsMet(municipalityRow(rows.data?.items ?? [], category ?? '')?.schools);
  const option = useMemo(
    () =>
      rankingOption(
        items,
        r?.municipalAverage,
        { value: t('ranking.value'), average: t('ranking.average') },
        (v) => formatValue(v, unit, decimals, lang),
        (s) => STATUS_HEX[s as keyof typeof STATUS_HEX] ?? '#1677ff',
      ),
    [items, r?.municipalAverage, t, unit, decimals, lang],
  );

  const orgIndicators = (indicators.data?.items ?? []).filter((i) => present(i.code));
  const indicatorName = r?.indicatorName ?? ind.data?.nameRu ?? indicator;

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={m}>{name}</Link> },
          { title: <Link to={`${m}/schools`}>{t('menu.schools')}</Link> },
          { title: t('schools.ranking') },
        ]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {indicator ? t('ranking.title', { name: indicatorName, year: yearText(year, r?.yearLabel) }) : t('schools.ranking')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            aria-label={t('dashboard.indicator')}
            placeholder={t('ranking.pickIndicator')}
            style={{ minWidth: 360, maxWidth: 560 }}
            value={indicator}
            loading={indicators.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(v) => navigate(`${m}/rankings/${encodeURIComponent(v)}?${params.toString()}`)}
            options={orgIndicators.map((i) => ({ value: i.code, label: `${i.code} — ${i.nameRu}` }))}
            data-testid="ranking-indicator"
          />
          <YearSelect value={year} onChange={(y) => setParam('year', String(y))} years={yearOptions(years.years, year)} />
          <Select
            allowClear
            aria-label={t('ranking.group')}
            placeholder={t('ranking.allSchools')}
            style={{ minWidth: 220 }}
            value={group}
            onChange={(v) => setParam('group', v)}
            options={(groups.data?.items ?? []).map((g) => ({ value: g.code, label: g.name }))}
            data-testid="ranking-group"
          />
          {categories.length > 0 && (
            <Select
              allowClear
              aria-label={t('ranking.category')}
              placeholder={t('ranking.total')}
              style={{ minWidth: 200 }}
              value={category}
              onChange={(v) => setParam('category', v)}
              options={categories}
            />
          )}
        </Space>
      </Card>
      {!indicator ? (
        <Alert type="info" showIcon title={t('ranking.pickIndicator')} />
      ) : !year || ranking.isLoading ? (
        <Loading />
      ) : ranking.error ? (
        <ErrorState error={ranking.error} onRetry={() => ranking.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('ranking.empty')} />
      ) : (
        <>
          <Space size={32} wrap style={{ marginBottom: 12 }}>
            <Statistic
              title={t('ranking.average')}
              value={formatValue(r?.municipalAverage, unit, averageDecimals(decimals), lang)}
              data-testid="ranking-average"
            />
            {met && (
              <Statistic
                title={t('ranking.metTitle')}
                value={t('ranking.met', { met: met.met, total: met.total })}
                data-testid="ranking-met"
              />
            )}
            <Statistic
              title={t('ranking.ranked')}
              value={t('ranking.rankedOf', { count: items.filter((i) => present(i.rank)).length, total: r?.total ?? items.length })}
            />
          </Space>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Suspense fallback={<Loading />}>
              <EChart
                option={option}
                height={Math.max(240, 28 * items.filter((i) => typeof i.value === 'number').length + 60)}
                label={t('ranking.chartLabel', { name: indicatorName })}
                testId="ranking-chart"
                dataAttrs={{ average: r?.municipalAverage ?? '' }}
              />
            </Suspense>
          </Card>
          <Table<SchoolRankingItem>
            size="small"
            rowKey={(i) => i.organization ?? ''}
            dataSource={items}
            pagination={false}
            onRow={(i) => ({ 'data-testid': `ranking-row-${i.organization}` }) as React.HTMLAttributes<HTMLTableRowElement>}
            columns={[
              { title: t('ranking.rank'), key: 'rank', width: 70, render: (_, i) => i.rank ?? '—' },
              {
                title: t('schools.school'),
                key: 'org',
                render: (_, i) => (
                  <Link to={`${m}/schools/${encodeURIComponent(i.organization ?? '')}?year=${year}`}>
                    {i.organizationName ?? i.organization}
                  </Link>
                ),
              },
              {
                title: t('ranking.value'),
                key: 'value',
                width: 120,
                align: 'right',
                render: (_, i) => <Fact value={i.value} unit={unit} decimals={decimals} />,
              },
              {
                title: t('school.difference'),
                key: 'difference',
                width: 130,
                align: 'right',
                render: (_, i) => {
                  const s = standing(i.difference, r?.polarity);
                  return (
                    <span className="num" style={{ color: s ? STANDING_COLOR[s] : undefined }}>
                      {formatSigned(i.difference, averageDecimals(decimals), lang)}
                    </span>
                  );
                },
              },
              { title: t('dashboard.status'), key: 'status', width: 140, render: (_, i) => <StatusTag status={i.status} /> },
            ]}
          />
        </>
      )}
    </div>
  );
}
