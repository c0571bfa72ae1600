import { Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EffectItem } from '../../../api/pending';
import { isApiError } from '../../../lib/api';
import { formatSigned, formatValue } from '../../../lib/format';
import { Loading, ProblemAlert } from '../../../lib/ui/states';
import { useActivityEffect } from '../api';
import { effectRows, effectVerdict } from '../model';

const VERDICT_COLOR = { improved: 'green', worsened: 'red', unchanged: 'default', missing: 'default' } as const;

/** «Эффект»: the linked indicators the year before the deadline and the year after. */
export function EffectSection({ plan, activity }: { plan: string; activity: string }) {
  const { t, i18n } = useTranslation();
  const effect = useActivityEffect(plan, activity);
  if (effect.isLoading) return <Loading />;
  if (isApiError(effect.error, 404)) return <Empty description={t('activities.effect.none')} data-testid="effect-empty" />;
  if (effect.error) return <ProblemAlert error={effect.error} onRetry={() => effect.refetch()} />;
  const e = effect.data;
  const rows = effectRows(e);
  if (!e || rows.length === 0) return <Empty description={t('activities.effect.none')} data-testid="effect-empty" />;
  const lang = i18n.language;
  const s = e.summary;
  return (
    <div data-testid="effect">
      <Typography.Paragraph type="secondary">{t('activities.effect.intro', { year: e.year })}</Typography.Paragraph>
      <Table<EffectItem>
        size="small"
        pagination={false}
        rowKey={(r) => `${r.indicator}|${r.organization ?? ''}|${r.category ?? ''}`}
        dataSource={rows}
        columns={[
          {
            title: t('activities.effect.indicator'),
            key: 'indicator',
            render: (_, r) => (
              <>
                {r.name ?? r.indicator}
                {r.category ? <Typography.Text type="secondary"> · {r.category}</Typography.Text> : null}
              </>
            ),
          },
          {
            title: t('activities.effect.unit'),
            key: 'unit',
            render: (_, r) => r.organization ?? t('activities.effect.municipality'),
          },
          {
            title: t('activities.effect.before', { year: e.before }),
            key: 'before',
            align: 'right',
            render: (_, r) => formatValue(r.before, r.unit, undefined, lang),
          },
          {
            title: t('activities.effect.after', { year: e.after }),
            key: 'after',
            align: 'right',
            render: (_, r) => formatValue(r.after, r.unit, undefined, lang),
          },
          {
            title: t('activities.effect.change'),
            key: 'change',
            align: 'right',
            render: (_, r) => formatSigned(r.change, undefined, lang),
          },
          {
            title: t('activities.effect.verdict'),
            key: 'verdict',
            render: (_, r) => {
              const v = effectVerdict(r);
              return (
                <Tag color={VERDICT_COLOR[v]} data-verdict={v}>
                  {t(`activities.effect.verdictName.${v}`)}
                </Tag>
              );
            },
          },
        ]}
      />
      {s && (
        <Typography.Paragraph style={{ marginTop: 8 }} data-testid="effect-summary">
          {t('activities.effect.summary', s)}
        </Typography.Paragraph>
      )}
      {e.result?.indicator && (
        <Typography.Paragraph data-testid="effect-result">
          {t('activities.effect.result', {
            indicator: rows.find((r) => r.indicator === e.result?.indicator)?.name ?? e.result.indicator,
            target: formatValue(e.result.target, undefined, undefined, lang),
            value: formatValue(e.result.value, undefined, undefined, lang),
          })}{' '}
          {e.result.met === true && <Tag color="green">{t('activities.effect.met')}</Tag>}
          {e.result.met === false && <Tag color="red">{t('activities.effect.notMet')}</Tag>}
        </Typography.Paragraph>
      )}
    </div>
  );
}
