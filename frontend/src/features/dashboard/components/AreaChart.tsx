import { Card, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../lib/ui/states';
import { areaOption } from '../chart';
import type { AreaBar } from '../model';

const EChart = lazy(() => import('../../../lib/charts/EChart').then((m) => ({ default: m.EChart })));

/** Per-area attainment as a chart: the summary per area the API returns, drawn. */
export function AreaChart({ bars: all }: { bars: AreaBar[] }) {
  const { t } = useTranslation();
  // the areas with targets answer "how are we doing"; the others only when no area has a target
  const withTargets = all.filter((b) => b.withTargets > 0).length;
  const bars = useMemo(() => (withTargets > 0 ? all.filter((b) => b.withTargets > 0) : all), [all, withTargets]);
  const hidden = all.length - bars.length;
  const option = useMemo(
    () =>
      areaOption(bars, {
        met: t('status.met'),
        notMet: t('status.not_met'),
        noData: t('status.no_data'),
        noTarget: t('status.no_target'),
        share: (percent) => t('dashboard.areaMetShare', { percent }),
      }),
    [bars, t],
  );
  if (bars.length === 0) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('dashboard.areaChart')}>
      {withTargets === 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('dashboard.areaNoTargets')}
        </Typography.Paragraph>
      )}
      <Suspense fallback={<Loading />}>
        <EChart
          option={option}
          height={56 + 30 * bars.length}
          label={t('dashboard.areaChartLabel')}
          testId="area-chart"
          dataAttrs={{ areas: bars.length, 'areas-with-targets': withTargets }}
        />
      </Suspense>
      {hidden > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="area-chart-hidden">
          {t('dashboard.areaHidden', { count: hidden })}
        </Typography.Text>
      )}
    </Card>
  );
}
