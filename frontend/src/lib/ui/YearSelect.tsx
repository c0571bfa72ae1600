import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** Years to choose from: those with data first, plus a window around the current year. */
export function yearOptions(withData: number[], selected: number | undefined, now = new Date().getFullYear()): number[] {
  const set = new Set<number>(withData);
  for (let y = now + 1; y >= now - 10; y--) set.add(y);
  if (selected) set.add(selected);
  return [...set].sort((a, b) => b - a);
}

export function YearSelect({
  value,
  onChange,
  years,
  id,
}: {
  value: number | undefined;
  onChange: (y: number) => void;
  years: number[];
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      aria-label={t('common.year')}
      style={{ width: 110 }}
      value={value}
      onChange={onChange}
      options={years.map((y) => ({ value: y, label: String(y) }))}
      data-testid="year-select"
    />
  );
}
