import { Alert, Card, Form, Select, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { RankingItem } from '../../api/types';
import { renderTarget } from '../../lib/attainment';
import { formatValue } from '../../lib/format';
import { useIndicators } from '../../lib/queries';
import { StatusTag } from '../../lib/ui/StatusTag';
import { ErrorState, Loading, ProblemAlert } from '../../lib/ui/states';
import { YearSelect, yearOptions } from '../../lib/ui/YearSelect';
import { useRanking } from './api';
import { rankingOption } from './chart';

const EChart = lazy(() => import('../../lib/charts/EChart').then((m) => ({ default: m.EChart })));

export default function ComparePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const indicators = useIndicators({ status: 'active', level: 'municipality' });
  const indicatorCode = params.get('indicator') ?? indicators.data?.items[0]?.code;
  const indicator = indicators.data?.items.find((i) => i.code === indicatorCode);
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
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
              options={(indicators.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} — ${i.nameRu}` }))}
              data-testid="compare-indicator"
            />
          </Form.Item>
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
