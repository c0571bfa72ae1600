import { Progress as Bar, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus, PlanProgress, PlanState } from '../../../api/pending';
import { progressFigures } from '../model';

/** «выполнено 3 из 4», the bar, and the overdue count (cancelled activities do not count). */
export function ProgressLine({ progress, testId }: { progress: Partial<PlanProgress> | undefined; testId?: string }) {
  const { t } = useTranslation();
  const f = progressFigures(progress);
  return (
    <Space size={8} wrap data-testid={testId}>
      <Bar percent={f.percent} size={[120, 8]} status={f.overdue > 0 ? 'exception' : f.percent === 100 ? 'success' : 'normal'} />
      <Typography.Text type="secondary">{t('plans.progressText', { done: f.done, counted: f.counted })}</Typography.Text>
      {f.overdue > 0 && <Tag color="red">{t('plans.overdueText', { count: f.overdue })}</Tag>}
      {f.cancelled > 0 && <Typography.Text type="secondary">{t('plans.cancelledText', { count: f.cancelled })}</Typography.Text>}
    </Space>
  );
}

const STATUS_COLOR: Record<ActivityStatus, string> = {
  planned: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'default',
};

export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} data-status={status}>
      {t(`activities.status.${status}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="overdue">
      {t('activities.overdue')}
    </Tag>
  );
}

export function PlanStateTag({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  return (
    <Tag color={state === 'approved' ? 'green' : 'gold'} data-testid="plan-state" data-state={state}>
      {t(`plans.stateName.${state}`)}
    </Tag>
  );
}
