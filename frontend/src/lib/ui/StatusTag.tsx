import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttainmentStatus } from '../../api/types';
import { statusColor } from '../attainment';

export function StatusTag({ status, testId }: { status: AttainmentStatus | string | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  const s = (status ?? 'no_data') as AttainmentStatus;
  return (
    <Tag color={statusColor(s)} data-testid={testId} data-status={s}>
      {t(`status.${s}`)}
    </Tag>
  );
}
