import type { AttainmentStatus, SeriesPoint } from '../../api/types';
import { STATUS_HEX, targetNumber } from '../attainment';

/** A tiny SVG trend line of the facts, the last point coloured by its status. */
export function Sparkline({
  points,
  width = 96,
  height = 24,
  label,
}: {
  points: SeriesPoint[];
  width?: number;
  height?: number;
  label: string;
}) {
  const pts = points.filter((p) => p.fact !== null && p.fact !== undefined).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  if (pts.length === 0) {
    return (
      <span style={{ color: '#bfbfbf' }} aria-label={label}>
        —
      </span>
    );
  }
  const targets = pts.map((p) => targetNumber(p.target)).filter((v): v is number => v !== null);
  const values = [...pts.map((p) => p.fact as number), ...targets];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 3;
  const x = (i: number) => (pts.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (pts.length - 1));
  const y = (v: number) => height - pad - ((v - min) / span) * (height - 2 * pad);
  const d = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.fact as number).toFixed(1)}`).join(' ');
  const last = pts[pts.length - 1];
  const lastTarget = targetNumber(last.target);
  return (
    <svg width={width} height={height} role="img" aria-label={label} style={{ display: 'block' }}>
      <title>{label}</title>
      {lastTarget !== null && (
        <line x1={pad} x2={width - pad} y1={y(lastTarget)} y2={y(lastTarget)} stroke="#91caff" strokeDasharray="3 2" strokeWidth={1} />
      )}
      <path d={d} fill="none" stroke="#1677ff" strokeWidth={1.5} />
      <circle cx={x(pts.length - 1)} cy={y(last.fact as number)} r={2.5} fill={STATUS_HEX[last.status as AttainmentStatus] ?? '#1677ff'} />
    </svg>
  );
}
