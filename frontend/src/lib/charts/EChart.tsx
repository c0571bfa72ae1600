import { useEffect, useRef } from 'react';
import { echarts, type EChartsOption } from './echarts';

/** A small React wrapper: one echarts instance per element, resized with its box. */
/** `dataAttrs` become data-* attributes of the chart box (what the chart shows, for tests). */
export function EChart({
  option,
  height = 320,
  label,
  testId,
  dataAttrs,
}: {
  option: EChartsOption;
  height?: number;
  label: string;
  testId?: string;
  dataAttrs?: Record<string, string | number>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, true);
  }, [option]);

  const data = Object.fromEntries(Object.entries(dataAttrs ?? {}).map(([k, v]) => [`data-${k}`, String(v)]));
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} {...data} />;
}
