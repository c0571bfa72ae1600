import { Alert, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EffectItem } from '../../../api/pending';
import { formatSigned, formatValue } from '../../../lib/format';
import { ProblemAlert, Loading } from '../../../lib/ui/states';
import { useRecommendationEffect } from '../api';
import { trendOf, type Trend } from '../model';

const COLORS: Record<Trend, string> = { improved: 'green', worsened: 'red', unchanged: 'default', missing: 'default' };

/** «Анализ эффективности»: each indicator the year before the deadline's year and the year after. */
export function EffectTable({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const q = useRecommendationEffect(id);
  if (q.isLoading) return <Loading />;
  if (q.error) return <ProblemAlert error={q.error} onRetry={() => q.refetch()} />;
  const e = q.data;
  if (!e) return null;
  if (e.items.length === 0) return <Alert type="info" showIcon title={t('recommendations.effect.noIndicators')} />;
  return (
    <div data-testid="effect">
      <Typography.Paragraph type="secondary">
        {t('recommendations.effect.intro', { before: e.before, after: e.after, year: e.year })}
      </Typography.Paragraph>
      <Space size={24} wrap style={{ marginBottom: 8 }}>
        <Statistic title={t('recommendations.effect.improved')} value={e.summary.improved} data-testid="effect-improved" />
        <Statistic title={t('recommendations.effect.worsened')} value={e.summary.worsened} data-testid="effect-worsened" />
        <Statistic title={t('recommendations.effect.unchanged')} value={e.summary.unchanged} />
        <Statistic title={t('recommendations.effect.missing')} value={e.summary.missing} />
      </Space>
      <Table<EffectItem>
        size="small"
        pagination={false}
        rowKey={(i) => `${i.indicator}/${i.organization ?? ''}/${i.category ?? ''}`}
        dataSource={e.items}
        columns={[
          {
            title: t('recommendations.effect.indicator'),
            key: 'indicator',
            render: (_, i) => (
              <span>
                {i.name}
                {i.categoryLabel ? <Typography.Text type="secondary"> ({i.categoryLabel})</Typography.Text> : null}
              </span>
            ),
          },
          {
            title: String(e.before),
            key: 'before',
            align: 'right',
            render: (_, i) => formatValue(i.before, i.unit, undefined, i18n.language),
          },
          {
            title: String(e.after),
            key: 'after',
            align: 'right',
            render: (_, i) => formatValue(i.after, i.unit, undefined, i18n.language),
          },
          {
            title: t('recommendations.effect.change'),
            key: 'change',
            align: 'right',
            render: (_, i) => formatSigned(i.change, undefined, i18n.language),
          },
          {
            title: t('recommendations.effect.verdict'),
            key: 'trend',
            render: (_, i) => {
              const trend = trendOf(i);
              return (
                <Tag color={COLORS[trend]} data-testid={`effect-trend-${i.indicator}`}>
                  {t(`recommendations.effect.${trend}One`)}
                </Tag>
              );
            },
          },
        ]}
      />
    </div>
  );
}
