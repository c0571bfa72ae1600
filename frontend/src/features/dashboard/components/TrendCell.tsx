import { useTranslation } from 'react-i18next';
import { useSeries } from '../../../lib/queries';
import { Sparkline } from '../../../lib/ui/Sparkline';

export function TrendCell({
  indicator,
  municipality,
  year,
  name,
}: {
  indicator: string;
  municipality: string;
  year: number;
  name: string;
}) {
  const { t } = useTranslation();
  const q = useSeries({ indicator, municipality, yearFrom: year - 6, yearTo: year });
  if (q.isLoading) return <span style={{ color: '#bfbfbf' }}>…</span>;
  if (q.error) return <span title={t('errors.loadFailed')}>—</span>;
  return <Sparkline points={q.data?.items ?? []} label={t('dashboard.trendOf', { name })} />;
}
