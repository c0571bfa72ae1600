import { Segmented, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecordStatus } from '../../../api/pending';

export type StatusFilter = RecordStatus | 'all';

export function StatusTag({ status }: { status?: RecordStatus }) {
  const { t } = useTranslation();
  return status === 'archived' ? <Tag>{t('territory.status.archived')}</Tag> : <Tag color="green">{t('territory.status.active')}</Tag>;
}

export function StatusSwitch({ value, onChange }: { value: StatusFilter; onChange: (v: StatusFilter) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented
      aria-label={t('territory.statusFilter')}
      value={value}
      onChange={(v) => onChange(v as StatusFilter)}
      options={(['active', 'archived', 'all'] as const).map((s) => ({ value: s, label: t(`territory.filter.${s}`) }))}
    />
  );
}
