import { Alert, Card, Form, Select, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { CatalogueScope } from '../../api/pending';
import type { RankingItem } from '../../api/types';
import { renderTarget } from '../../lib/attainment';
import { formatValue } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useIndicators } from '../../lib/queries';
import { hasOwnCatalogue, ScopeToggle, SharedTag } from '../../lib/ui/CatalogueScope';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { useRanking } from './api';
import { rankingOption } from './chart';
import { comparisonOrder, defaultIndicator, defaultYear } from './model';

const EChart = lazy(() => import('../../lib/charts/EChart').then((m) => ({ default: m.EChart })));

export default function ComparePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const own = hasOwnCatalogue(me);
  const [scope, setScope] = useState<CatalogueScope>('mine');
  const indicators = useIndicators({ status: 'active', level: 'municipality', scope: own ? scope : 'all' });
  // common indicators first; it opens on one with data in the chosen year (or in its latest comparable year)
  const ordered = useMemo(() => comparisonOrder(indicators.data?.items ?? []), [indicators.data]);
  const chosenYear = Number(params.get('year')) || undefined;
  const indicatorCode = params.get('indicator') ?? defaultIndicator(ordered, chosenYear)?.code;
  const indicator = ordered.find((i) => i.code === indicatorCode);
  const year = defaultYear(indicator, chosenYear);
  const ranking = useRanking(indicatorCode, year);
  const unit = indicator?.unit;
  const decimals = indicator?.decimals;
  const items = useMemo(() => (ranking.data?.items ?? []).slice().sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)), [ranking.data]);
  const option = useMemo(
    () => rankingOption(items, { fact: t('indicator.fact'), target: t('indicator.target') }, (v) => formatValue(v, unit, decimals, lang)),
    [items, t, unit, decimals, lang],
  );

  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    if (k === 'year' && indicatorCode) next.set('indicator', indicatorCode);
    if (k === 'indicator' && !next.get('year')) next.set('year', String(year));
    setParams(next, { replace: true });
  };

  if (indicators.isLoading) return <Loading />;
  if (indicators.error) return <ErrorState error={indicators.error} onRetry={() => indicators.refetch()} />;

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('compare.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('targets.indicator')} htmlFor="compare-indicator">
            <Select
              id="compare-indicator"
              style={{ minWidth: 320, maxWidth: 600 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={indicatorCode}
              onChange={(v) => set('indicator', v)}
              options={[
                {
                  label: t('compare.sharedGroup'),
                  options: ordered.filter((i) => i.shared).map((i) => ({ value: i.code, label: `${i.code} — ${i.nameRu}` })),
                },
                {
                  label: t('compare.otherGroup'),
                  options: ordered.filter((i) => !i.shared).map((i) => ({ value: i.code, label: `${i.code} — ${i.nameRu}` })),
                },
              ]}
              optionRender={(o) => {
                const i = ordered.find((x) => x.code === o.value);
                return (
                  <span>
                    {o.label} <SharedTag shared={i?.shared} count={i?.municipalityCount} />
                  </span>
                );
              }}
              data-testid="compare-indicator"
            />
          </Form.Item>
          {own && (
            <Form.Item>
              <ScopeToggle value={scope} onChange={setScope} testId="compare-scope" />
            </Form.Item>
          )}
          <Form.Item label={t('common.year')} htmlFor="compare-year">
            <YearSelect id="compare-year" value={year} onChange={(y) => set('year', String(y))} years={yearOptions([], year)} />
          </Form.Item>
        </Form>
      </Card>
      {ranking.isLoading ? (
        <Loading />
      ) : ranking.error ? (
        <ProblemAlert error={ranking.error} onRetry={() => ranking.refetch()} />
      ) : items.length === 0 ? (
        <Alert type="info" showIcon title={t('compare.empty')} />
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Suspense fallback={<Loading />}>
              <EChart
                option={option}
                height={360}
                label={t('compare.chartLabel', { name: indicator?.nameRu ?? indicatorCode, year })}
                testId="compare-chart"
                dataAttrs={{ bars: items.filter((i) => typeof i.fact === 'number').length }}
              />
            </Suspense>
          </Card>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <Table<RankingItem>
              size="small"
              rowKey="municipality"
              dataSource={items}
              pagination={false}
              data-testid="ranking-table"
              columns={[
                { title: t('compare.rank'), dataIndex: 'rank', width: 70, render: (r: number | undefined) => r ?? '—' },
                {
                  title: t('compare.municipality'),
                  key: 'name',
                  render: (_, r) => (
                    <Link
                      to={`/municipalities/${encodeURIComponent(r.municipality ?? '')}/indicators/${encodeURIComponent(indicatorCode ?? '')}`}
                    >
                      {r.municipalityName}
                    </Link>
                  ),
                },
                {
                  title: t('dashboard.fact'),
                  key: 'fact',
                  align: 'right',
                  render: (_, r) => <span className="num">{formatValue(r.fact, unit, decimals, lang)}</span>,
                },
                {
                  title: t('dashboard.target'),
                  key: 'target',
                  align: 'right',
                  render: (_, r) => <span className="num">{renderTarget(r.target, unit, decimals, lang)}</span>,
                },
                { title: t('dashboard.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} /> },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
