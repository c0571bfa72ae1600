import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Qualifier } from '../../api/types';
import { formatValue } from '../format';

const QUALIFIER_SIGN: Record<Qualifier, string> = { exact: '', approx: '≈', at_least: '≥', at_most: '≤' };

/** Attainment rows type the qualifier as a plain string; unknown ones show no sign. */
export function qualifierSign(q: Qualifier | string | null | undefined): string {
  return q ? (QUALIFIER_SIGN[q as Qualifier] ?? '') : '';
}

/** A measured value with its unit and, if not exact, its qualifier sign (≈, ≥, ≤). */
export function Fact({
  value,
  unit,
  decimals,
  qualifier,
  testId,
}: {
  value: number | null | undefined;
  unit?: string | null;
  decimals?: number | null;
  qualifier?: Qualifier | string | null;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const sign = qualifierSign(qualifier);
  const text = formatValue(value ?? null, unit, decimals, i18n.language);
  if (!sign || value === null || value === undefined)
    return (
      <span className="num" data-testid={testId}>
        {text}
      </span>
    );
  return (
    <Tooltip title={t(`qualifier.${qualifier}`)}>
      <span className="num" data-testid={testId}>
        {sign}
        {'\u00a0'}
        {text}
      </span>
    </Tooltip>
  );
}
