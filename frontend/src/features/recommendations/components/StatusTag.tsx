import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../api/pending';
import { statusColor } from '../model';

export function StatusTag({ rec }: { rec: Pick<Recommendation, 'status' | 'overdue' | 'id'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor(rec)} data-testid={`recommendation-status-${rec.id}`}>
      {rec.overdue ? t('recommendations.overdue') : t(`recommendations.statuses.${rec.status}`)}
    </Tag>
  );
}
