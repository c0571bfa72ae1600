import { Alert, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodAction } from '../../api/types';
import { formatValue } from '../format';
import { PERIOD_STATE_COLOR } from '../periods';
import { usePeriodCompleteness } from '../queries';
import { ProblemAlert } from './states';

/** The title of a submit / approve / return / reopen dialog: the action, the municipality and the year. */
export function periodDialogTitle(t: (k: string, o?: Record<string, unknown>) => string, action: PeriodAction, name: string, year: number) {
  return t('period.confirmTitle', { action: t(`period.action.${action}`), name, year });
}

/**
 * What the user is about to submit or approve, before the click: the municipality and the year, the share of
 * its indicators with a value, the warnings and the targets not met (GET …/periods/{year}/completeness).
 */
export function PeriodCompleteness({
  municipality,
  year,
  name,
  listsBelow = false,
}: {
  municipality: string;
  year: number;
  name?: string;
  /** The dialog lists the missing indicators itself below: no count of them here. */
  listsBelow?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const c = usePeriodCompleteness(municipality, year);
  if (c.error) return <ProblemAlert error={c.error} onRetry={() => c.refetch()} style={{ marginBottom: 12 }} />;
  const d = c.data;
  const percent = d?.percent ?? null;
  const withTargets = d ? d.met + d.notMet + d.noData : 0;
  return (
    <div
      data-testid="period-dialog-summary"
      data-municipality={municipality}
      data-year={year}
      data-percent={percent ?? ''}
      style={{ marginBottom: 12 }}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'm',
            label: t('period.municipality'),
            children: <b data-testid="period-dialog-municipality">{d?.municipalityName ?? name ?? municipality}</b>,
          },
          { key: 'y', label: t('period.year'), children: <b data-testid="period-dialog-year">{year}</b> },
          ...(d
            ? [
                {
                  key: 's',
                  label: t('approvals.state'),
                  children: <Tag color={PERIOD_STATE_COLOR[d.state]}>{t(`period.state.${d.state}`)}</Tag>,
                },
              ]
            : []),
        ]}
      />
      {c.isLoading || !d ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('period.completenessLoading')}
        </Typography.Paragraph>
      ) : (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }} size={4}>
          <Typography.Text data-testid="period-dialog-filled">
            {d.indicators === 0
              ? t('period.noCatalogue')
              : t('period.filled', {
                  withValues: d.withValues,
                  indicators: d.indicators,
                  percent: formatValue(percent, null, 1, i18n.language),
                })}
          </Typography.Text>
          {percent !== null && (
            <Progress
              percent={Number(percent)}
              size="small"
              status={Number(percent) >= 100 ? 'success' : 'normal'}
              format={() => `${formatValue(percent, null, 1, i18n.language)} %`}
            />
          )}
          <Space wrap size={[12, 4]}>
            <Typography.Text type={d.warnings > 0 ? 'warning' : 'secondary'} data-testid="period-dialog-warnings" data-count={d.warnings}>
              {t('period.warningsCount', { count: d.warnings })}
            </Typography.Text>
            <Typography.Text type={d.notMet > 0 ? 'danger' : 'secondary'} data-testid="period-dialog-not-met" data-count={d.notMet}>
              {t('period.notMetCount', { count: d.notMet, total: withTargets })}
            </Typography.Text>
            {d.noData > 0 && (
              <Typography.Text type="secondary" data-testid="period-dialog-no-data">
                {t('period.noDataCount', { count: d.noData })}
              </Typography.Text>
            )}
          </Space>
          {d.missing > 0 && !listsBelow && <Alert type="warning" showIcon title={t('period.missing', { count: d.missing })} />}
        </Space>
      )}
    </div>
  );
}
