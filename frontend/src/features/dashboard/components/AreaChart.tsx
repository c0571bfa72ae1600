import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaBars } from '../../../lib/ui/AreaBars';
import type { AreaBar } from '../model';

/** Per-area attainment as a chart: the summary per area the API returns, drawn. */
export function AreaChart({ bars: all }: { bars: AreaBar[] }) {
  const { t } = useTranslation();
  // the areas with targets answer "how are we doing"; the others only when no area has a target
  const withTargets = all.filter((b) => b.withTargets > 0).length;
  const bars = useMemo(() => (withTargets > 0 ? all.filter((b) => b.withTargets > 0) : all), [all, withTargets]);
  const hidden = all.length - bars.length;
  if (bars.length === 0) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('dashboard.areaChart')}>
      {withTargets === 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('dashboard.areaNoTargets')}
        </Typography.Paragraph>
      )}
      <AreaBars bars={bars} label={t('dashboard.areaChartLabel')} testId="area-chart" />
      {hidden > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="area-chart-hidden">
          {t('dashboard.areaHidden', { count: hidden })}
        </Typography.Text>
      )}
    </Card>
  );
}
