import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dimension, Indicator } from '../../api/types';
import { categoryOf, categoryParts } from '../categories';

interface Props {
  indicator: Pick<Indicator, 'dimensions' | 'categories'> | undefined;
  dimensions: readonly Dimension[];
  value?: string;
  onChange?: (v: string) => void;
  testId?: string;
}

/**
 * The category of an indicator: one list per dimension it is disaggregated by (empty: the total
 * over that dimension), or its free-text categories; nothing to choose for an indicator without.
 */
export function CategoryPicker({ indicator, dimensions, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const dims = indicator?.dimensions ?? [];
  if (dims.length > 0) {
    const parts = categoryParts(value);
    return (
      <Space wrap size={4} data-testid={testId}>
        {dims.map((d) => {
          const dim = dimensions.find((x) => x.code === d);
          return (
            <Select
              key={d}
              allowClear
              style={{ minWidth: 150 }}
              aria-label={dim?.nameRu ?? d}
              placeholder={t('category.totalOver', { name: dim?.nameRu ?? d })}
              value={parts[d] || undefined}
              onChange={(m?: string) => onChange?.(categoryOf({ ...parts, [d]: m }, dims))}
              options={(dim?.members ?? []).map((mm) => ({ value: mm.code, label: mm.nameRu }))}
              data-testid={testId ? `${testId}-${d}` : undefined}
            />
          );
        })}
      </Space>
    );
  }
  const free = indicator?.categories ?? [];
  if (free.length > 0)
    return (
      <Select
        allowClear
        style={{ minWidth: 180 }}
        aria-label={t('category.label')}
        placeholder={t('category.total')}
        value={value || undefined}
        onChange={(v?: string) => onChange?.(v ?? '')}
        options={free.map((c) => ({ value: c, label: c }))}
        data-testid={testId}
      />
    );
  return (
    <Typography.Text type="secondary" data-testid={testId}>
      {t('category.none')}
    </Typography.Text>
  );
}
