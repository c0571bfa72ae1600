import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../api/pending';
import { Sparkline } from '../../../lib/ui/Sparkline';
import { sparkPoints } from '../model';

/** A row's sparkline from the batched trends (GET /attainment/trends): no request of its own. */
export function TrendCell({
  points,
  year,
  name,
  loading,
  failed,
}: {
  points: TrendPoint[] | undefined;
  year: number;
  name: string;
  loading: boolean;
  failed: boolean;
}) {
  const { t } = useTranslation();
  if (loading) return <span style={{ color: '#bfbfbf' }}>…</span>;
  if (failed) return <span title={t('errors.loadFailed')}>—</span>;
  return <Sparkline points={sparkPoints(points, year)} label={t('dashboard.trendOf', { name })} />;
}
