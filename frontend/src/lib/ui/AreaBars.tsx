// Per-area attainment as horizontal stacked bars drawn in HTML: the dashboard's first screen stays free of
// the charting library (its chunk alone was about 170 KB compressed), and every bar is readable text.
import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttainmentStatus } from '../../api/types';
import { STATUS_HEX } from '../attainment';

/** One area's indicators by status, as the server's summary counts them. */
export interface AreaCounts {
  area: string;
  met: number;
  notMet: number;
  noData: number;
  noTarget: number;
  /** met / (met + notMet + noData) in whole percent; null without a target */
  metShare: number | null;
}

const PARTS: readonly (readonly [keyof AreaCounts & ('met' | 'notMet' | 'noData' | 'noTarget'), AttainmentStatus])[] = [
  ['met', 'met'],
  ['notMet', 'not_met'],
  ['noData', 'no_data'],
  ['noTarget', 'no_target'],
];

/** The length of the longest bar: every bar is drawn on that one scale. */
export function scaleOf(bars: readonly AreaCounts[]): number {
  return Math.max(1, ...bars.map((b) => b.met + b.notMet + b.noData + b.noTarget));
}

/** A bar's parts in status order, the empty ones left out, each as a percentage of the scale's width. */
export function segments(b: AreaCounts, max: number): { status: AttainmentStatus; count: number; width: number }[] {
  return PARTS.filter(([f]) => b[f] > 0).map(([f, status]) => ({ status, count: b[f], width: (100 * b[f]) / max }));
}

/** The no-target part is pale so that the eye goes to the targets. */
const opacity = (s: AttainmentStatus) => (s === 'no_target' ? 0.25 : 1);

/**
 * The bars, first area on top, all on one scale (the largest area fills the width), with a legend; each bar
 * names its counts and its share of targets met in a tooltip and in its accessible label.
 */
export function AreaBars({ bars, label, testId }: { bars: readonly AreaCounts[]; label: string; testId: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const max = scaleOf(bars);
  const describe = (b: AreaCounts) =>
    [
      ...PARTS.filter(([f]) => b[f] > 0).map(([f, s]) => `${t(`status.${s}`)}: ${number.format(b[f])}`),
      ...(b.metShare === null ? [] : [t('dashboard.areaMetShare', { percent: number.format(b.metShare) })]),
    ].join('; ');
  return (
    <div role="figure" aria-label={label} data-testid={testId} data-areas={bars.length}>
      <Space wrap size="middle" style={{ marginBottom: 8, fontSize: 12 }} aria-hidden>
        {PARTS.map(([, s]) => (
          <span key={s}>
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                marginRight: 4,
                background: STATUS_HEX[s],
                opacity: opacity(s),
                borderRadius: 2,
              }}
            />
            {t(`status.${s}`)}
          </span>
        ))}
      </Space>
      {bars.map((b) => (
        <div
          key={b.area}
          data-testid="area-bar"
          style={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 220px) 1fr auto', gap: 8, alignItems: 'center', marginBottom: 6 }}
        >
          <Typography.Text ellipsis={{ tooltip: b.area }} style={{ fontSize: 12 }}>
            {b.area}
          </Typography.Text>
          <Tooltip title={describe(b)}>
            <div role="img" aria-label={`${b.area}: ${describe(b)}`} style={{ display: 'flex', height: 18 }}>
              {segments(b, max).map((g) => (
                <div
                  key={g.status}
                  data-status={g.status}
                  data-count={g.count}
                  style={{ width: `${g.width}%`, background: STATUS_HEX[g.status], opacity: opacity(g.status) }}
                />
              ))}
            </div>
          </Tooltip>
          <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 40, textAlign: 'right' }}>
            {b.metShare === null ? '' : `${number.format(b.metShare)} %`}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
